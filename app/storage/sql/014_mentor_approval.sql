-- Warmline schema version 14: the trainee profile of a mentor session — approve-before-send and
-- lower compensation authority, both lapsing when the session ends — and the replies held for the
-- mentor's approval.
ALTER TABLE mentor_sessions ADD COLUMN approve_replies INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mentor_sessions ADD COLUMN compensation_limit INTEGER; -- fen per case; NULL: the mentee's own
ALTER TABLE mentor_sessions ADD COLUMN approve_compensation INTEGER NOT NULL DEFAULT 0;

-- A reply leaves as exactly one message: state moves from 'waiting' once, in the transaction that
-- writes the message (sent) or gives it back to the mentee (returned). The mentee's request id is
-- unique, so a re-sent request finds its hold instead of holding twice.
CREATE TABLE held_replies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id INTEGER NOT NULL REFERENCES mentor_sessions(id),
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    body TEXT NOT NULL,
    client_op_id TEXT NOT NULL UNIQUE,
    held_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent', 'returned')),
    sent_body TEXT,
    message_id INTEGER REFERENCES messages(id),
    note TEXT NOT NULL DEFAULT '',
    decided_at INTEGER
);
CREATE INDEX held_replies_session ON held_replies(session_id, state);
