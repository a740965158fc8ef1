-- Warmline schema version 7: personal opening lines, what happened after each use, team contests
-- judged by supervisors and trainers, and the team library of winning lines.

-- An agent's opener for one kind of channel: 'chat' (web, app, WeChat, SMS) or 'phone' (a script
-- read out). Its text lives in versions; at most one live line per agent and kind is active.
CREATE TABLE opening_lines (
    id             INTEGER PRIMARY KEY,
    agent_id       INTEGER NOT NULL REFERENCES agents(id),
    team_id        INTEGER REFERENCES teams(id),
    channel_kind   TEXT NOT NULL CHECK (channel_kind IN ('chat', 'phone')),
    title          TEXT NOT NULL,
    active         INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    origin_library INTEGER,        -- library_lines.id it was adopted from
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    CHECK (NOT (active = 1 AND deleted = 1))
);
CREATE INDEX opening_lines_agent ON opening_lines(agent_id, channel_kind);
CREATE UNIQUE INDEX opening_lines_one_active ON opening_lines(agent_id, channel_kind) WHERE active = 1;

-- Every saved text of a line, numbered from 1; the highest version is the current one.
CREATE TABLE opening_line_versions (
    line_id    INTEGER NOT NULL REFERENCES opening_lines(id),
    version    INTEGER NOT NULL CHECK (version >= 1),
    source     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (line_id, version)
) WITHOUT ROWID;

-- One row per conversation in which the agent's first reply was their active line. The outcome
-- columns stay NULL until known: the customer's next message decides replied_warmly, the agent's
-- resolve decides resolved_first_contact; praised is set by a praising customer message (praise
-- rows recorded later for the customer count as well, see OpeningLineService::outcomes).
CREATE TABLE opening_line_uses (
    id                     INTEGER PRIMARY KEY,
    line_id                INTEGER NOT NULL REFERENCES opening_lines(id),
    version                INTEGER NOT NULL,
    conversation_id        INTEGER NOT NULL UNIQUE REFERENCES conversations(id),
    agent_id               INTEGER NOT NULL REFERENCES agents(id),
    customer_id            INTEGER NOT NULL REFERENCES customers(id),
    used_at                INTEGER NOT NULL,
    replied_warmly         INTEGER CHECK (replied_warmly IN (0, 1)),
    resolved_first_contact INTEGER CHECK (resolved_first_contact IN (0, 1)),
    praised                INTEGER NOT NULL DEFAULT 0 CHECK (praised IN (0, 1))
);
CREATE INDEX opening_line_uses_line ON opening_line_uses(line_id, version);

CREATE TABLE contests (
    id         INTEGER PRIMARY KEY,
    team_id    INTEGER REFERENCES teams(id),
    theme      TEXT NOT NULL,
    starts_at  INTEGER NOT NULL,
    ends_at    INTEGER NOT NULL CHECK (ends_at > starts_at),
    created_by INTEGER NOT NULL REFERENCES agents(id),
    created_at INTEGER NOT NULL,
    published_at INTEGER
);
CREATE INDEX contests_team ON contests(team_id, starts_at);

-- An entry is a snapshot of one version of one of the agent's lines; one entry per agent and
-- contest (submitting again while the contest is open replaces it and drops its scores).
CREATE TABLE contest_entries (
    id           INTEGER PRIMARY KEY,
    contest_id   INTEGER NOT NULL REFERENCES contests(id),
    agent_id     INTEGER NOT NULL REFERENCES agents(id),
    line_id      INTEGER NOT NULL REFERENCES opening_lines(id),
    version      INTEGER NOT NULL,
    channel_kind TEXT NOT NULL CHECK (channel_kind IN ('chat', 'phone')),
    title        TEXT NOT NULL,
    source       TEXT NOT NULL,
    submitted_at INTEGER NOT NULL,
    UNIQUE (contest_id, agent_id)
);

CREATE TABLE contest_scores (
    entry_id  INTEGER NOT NULL REFERENCES contest_entries(id) ON DELETE CASCADE,
    judge_id  INTEGER NOT NULL REFERENCES agents(id),
    warmth    INTEGER NOT NULL CHECK (warmth BETWEEN 1 AND 5),
    clarity   INTEGER NOT NULL CHECK (clarity BETWEEN 1 AND 5),
    fit       INTEGER NOT NULL CHECK (fit BETWEEN 1 AND 5),
    comment   TEXT NOT NULL DEFAULT '',
    scored_at INTEGER NOT NULL,
    PRIMARY KEY (entry_id, judge_id)
) WITHOUT ROWID;

-- The team library: published contest winners any agent of the team can adopt or fork.
CREATE TABLE library_lines (
    id             INTEGER PRIMARY KEY,
    team_id        INTEGER REFERENCES teams(id),
    channel_kind   TEXT NOT NULL CHECK (channel_kind IN ('chat', 'phone')),
    title          TEXT NOT NULL,
    source         TEXT NOT NULL,
    author_id      INTEGER NOT NULL REFERENCES agents(id),
    contest_id     INTEGER REFERENCES contests(id),
    entry_id       INTEGER UNIQUE REFERENCES contest_entries(id),
    contest_rank   INTEGER,
    score          REAL,
    adopted_count  INTEGER NOT NULL DEFAULT 0,
    published_at   INTEGER NOT NULL
);
CREATE INDEX library_lines_team ON library_lines(team_id, published_at);
