-- Warmline schema version 2: the event log, idempotent operations and sessions.

-- Append-only. AUTOINCREMENT so that a seq is never reused, even after old rows are pruned.
CREATE TABLE events (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL,
    audience        TEXT NOT NULL CHECK (audience IN ('staff', 'all')),
    customer_id     INTEGER,
    conversation_id INTEGER,
    payload         TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);

-- One row per state-changing request: a replay of the same (principal, op_id) returns the stored
-- response; the same op_id with a different request_hash is an idempotency conflict.
CREATE TABLE processed_operations (
    principal    TEXT NOT NULL,
    op_id        TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response     TEXT NOT NULL,
    seq          INTEGER,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (principal, op_id)
) WITHOUT ROWID;

-- Only a hash of the token is stored: a stolen database file does not yield live sessions.
CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,
    agent_id    INTEGER REFERENCES agents(id),
    customer_id INTEGER REFERENCES customers(id),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    CHECK ((agent_id IS NULL) <> (customer_id IS NULL))
) WITHOUT ROWID;

-- Lets a reconnecting client's message be matched with its own local echo.
ALTER TABLE messages ADD COLUMN client_op_id TEXT;
