-- Warmline schema version 13: mentor sessions (导师制) and the whispers given in them.
-- Whispers live apart from messages on purpose: nothing that reads a conversation's messages
-- (history, snapshots, the customer's channel, the simulator) can ever show one.
CREATE TABLE mentor_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    mentor_id INTEGER NOT NULL REFERENCES agents(id),
    mentee_id INTEGER NOT NULL REFERENCES agents(id),
    started_at INTEGER NOT NULL,
    ended_at INTEGER
);
-- One mentor at a time.
CREATE UNIQUE INDEX mentor_sessions_open_mentee ON mentor_sessions(mentee_id) WHERE ended_at IS NULL;
CREATE INDEX mentor_sessions_mentor ON mentor_sessions(mentor_id, ended_at);

CREATE TABLE mentor_whispers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id INTEGER NOT NULL REFERENCES mentor_sessions(id),
    conversation_id INTEGER REFERENCES conversations(id),
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX mentor_whispers_session ON mentor_whispers(session_id, id);

-- Moments the mentor marked, with a note: the mentee reads them with the review.
CREATE TABLE mentor_bookmarks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id INTEGER NOT NULL REFERENCES mentor_sessions(id),
    message_id INTEGER NOT NULL REFERENCES messages(id),
    note TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX mentor_bookmarks_session ON mentor_bookmarks(session_id, id);

-- The short rubric after a session (1–5 each) and free notes; one per session, revisable.
CREATE TABLE mentor_reviews (
    session_id INTEGER PRIMARY KEY REFERENCES mentor_sessions(id),
    empathy INTEGER NOT NULL CHECK (empathy BETWEEN 1 AND 5),
    ownership INTEGER NOT NULL CHECK (ownership BETWEEN 1 AND 5),
    resolution INTEGER NOT NULL CHECK (resolution BETWEEN 1 AND 5),
    warmth INTEGER NOT NULL CHECK (warmth BETWEEN 1 AND 5),
    notes TEXT NOT NULL DEFAULT '',
    reviewed_at INTEGER NOT NULL
);
