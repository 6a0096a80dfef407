//! HTML renderings: one self-contained, printable file.
