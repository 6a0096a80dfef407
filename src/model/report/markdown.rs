//! Markdown renderings (tables, headings; charts as text bars).
