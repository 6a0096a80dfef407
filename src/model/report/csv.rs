//! CSV: one row per person × item.
