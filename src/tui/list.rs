//! The one list cursor: how Up, Down, PageUp and PageDown move a row through
//! a list of `len` rows, and which clicked rows exist. Every list screen
//! (and the scrolling help and job sheet) moves with it, so paging clamps in
//! one place.

use super::action::Action;

/// Rows a page key moves.
pub const PAGE: usize = 10;

/// A list of `len` rows, as a cursor moves through it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListCursor {
    pub len: usize,
}

impl ListCursor {
    pub fn new(len: usize) -> ListCursor {
        ListCursor { len }
    }

    /// Where `row` goes for a moving action; `None` for any other action.
    pub fn step(self, row: usize, action: Action) -> Option<usize> {
        let last = self.len.saturating_sub(1);
        let moved = match action {
            Action::Up => row.saturating_sub(1),
            Action::Down => row.saturating_add(1),
            Action::PageUp => row.saturating_sub(PAGE),
            Action::PageDown => row.saturating_add(PAGE),
            _ => return None,
        };
        Some(moved.min(last))
    }

    /// The same for a scroll offset (`u16`), the last offset being `max`.
    pub fn scroll(max: u16, offset: u16, action: Action) -> Option<u16> {
        let moved = ListCursor::new(usize::from(max) + 1).step(usize::from(offset), action)?;
        Some(u16::try_from(moved).unwrap_or(max))
    }

    /// A clicked row, if the list has it.
    pub fn pick(self, row: usize) -> Option<usize> {
        (row < self.len).then_some(row)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stay_inside_the_list() {
        let list = ListCursor::new(12);
        assert_eq!(list.step(0, Action::Up), Some(0));
        assert_eq!(list.step(11, Action::Down), Some(11));
        assert_eq!(list.step(5, Action::PageDown), Some(11));
        assert_eq!(list.step(5, Action::PageUp), Some(0));
        assert_eq!(list.step(5, Action::Confirm), None);
        assert_eq!(ListCursor::new(0).step(0, Action::Down), Some(0));
        assert_eq!(list.pick(12), None);
        assert_eq!(ListCursor::scroll(3, 2, Action::PageDown), Some(3));
    }
}
