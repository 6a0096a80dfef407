//! What each key does, in French and English: the words of the TUI's key
//! table (footer and help). Filled by the keymap.
