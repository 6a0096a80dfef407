//! Where the user is: the screen, and the session the walk, review and
//! results cannot exist without.

use super::session::Session;

/// The screens, one file each under `src/tui/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    NewForm,
    ResumeList,
    Profiles,
    Walk,
    Review,
    Results,
    /// Where the quick orientation stands.
    Quick,
    /// Self-rating beside the coach's, widest disagreement first.
    Compare,
    /// What rose and fell since an earlier round.
    Progress,
    /// A group against one profile: priorities, people, heatmap.
    Cohort,
}

/// The screens that need an open assessment: they exist only inside
/// [`Place::Session`], with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionView {
    Walk,
    Review,
    Results,
    Quick,
}

/// The screens that need no assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtherScreen {
    Home,
    NewForm,
    ResumeList,
    Profiles,
    Compare,
    Progress,
    Cohort,
}

impl Screen {
    /// What this screen is: a session view, or one of the others.
    fn split(self) -> Result<SessionView, OtherScreen> {
        match self {
            Screen::Walk => Ok(SessionView::Walk),
            Screen::Review => Ok(SessionView::Review),
            Screen::Results => Ok(SessionView::Results),
            Screen::Quick => Ok(SessionView::Quick),
            Screen::Home => Err(OtherScreen::Home),
            Screen::NewForm => Err(OtherScreen::NewForm),
            Screen::ResumeList => Err(OtherScreen::ResumeList),
            Screen::Profiles => Err(OtherScreen::Profiles),
            Screen::Compare => Err(OtherScreen::Compare),
            Screen::Progress => Err(OtherScreen::Progress),
            Screen::Cohort => Err(OtherScreen::Cohort),
        }
    }
}

impl From<SessionView> for Screen {
    fn from(view: SessionView) -> Screen {
        match view {
            SessionView::Walk => Screen::Walk,
            SessionView::Review => Screen::Review,
            SessionView::Results => Screen::Results,
            SessionView::Quick => Screen::Quick,
        }
    }
}

impl From<OtherScreen> for Screen {
    fn from(other: OtherScreen) -> Screen {
        match other {
            OtherScreen::Home => Screen::Home,
            OtherScreen::NewForm => Screen::NewForm,
            OtherScreen::ResumeList => Screen::ResumeList,
            OtherScreen::Profiles => Screen::Profiles,
            OtherScreen::Compare => Screen::Compare,
            OtherScreen::Progress => Screen::Progress,
            OtherScreen::Cohort => Screen::Cohort,
        }
    }
}

/// Where the user is. The walk, review and results carry their session, so
/// none of them can be on screen without one; on the other screens the last
/// session is kept aside (the job sheet returns to its results, `H` leads
/// home and the next opened assessment replaces it).
#[derive(Debug, Clone)]
pub enum Place {
    Session {
        view: SessionView,
        session: Box<Session>,
    },
    Elsewhere {
        screen: OtherScreen,
        kept: Option<Box<Session>>,
    },
}

impl Default for Place {
    fn default() -> Place {
        Place::Elsewhere {
            screen: OtherScreen::Home,
            kept: None,
        }
    }
}

impl Place {
    pub fn screen(&self) -> Screen {
        match self {
            Place::Session { view, .. } => Screen::from(*view),
            Place::Elsewhere { screen, .. } => Screen::from(*screen),
        }
    }

    /// The open (or kept) session.
    pub fn session(&self) -> Option<&Session> {
        match self {
            Place::Session { session, .. } => Some(session),
            Place::Elsewhere { kept, .. } => kept.as_deref(),
        }
    }

    pub fn session_mut(&mut self) -> Option<&mut Session> {
        match self {
            Place::Session { session, .. } => Some(session),
            Place::Elsewhere { kept, .. } => kept.as_deref_mut(),
        }
    }

    /// Goes to `screen`, taking the session along. A session screen with no
    /// session to show is refused: the place stays as it is.
    pub fn go(&mut self, screen: Screen) {
        match screen.split() {
            Ok(view) => {
                if let Some(session) = self.take_session() {
                    *self = Place::Session { view, session };
                }
            }
            Err(screen) => {
                let kept = self.take_session();
                *self = Place::Elsewhere { screen, kept };
            }
        }
    }

    /// Takes the session out; the place is then to be set by the caller.
    fn take_session(&mut self) -> Option<Box<Session>> {
        match self {
            Place::Elsewhere { kept, .. } => kept.take(),
            Place::Session { .. } => match std::mem::take(self) {
                Place::Session { session, .. } => Some(session),
                Place::Elsewhere { kept, .. } => kept,
            },
        }
    }

    /// Opens `session` on the walk.
    pub fn open(&mut self, session: Session) {
        *self = Place::Session {
            view: SessionView::Walk,
            session: Box::new(session),
        };
    }
}
