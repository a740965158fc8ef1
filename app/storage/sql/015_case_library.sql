-- Warmline schema version 15: the case library (反效率案例库). A case is a conversation where
-- someone served outside the script and it worked, written up by a trainer, supervisor or
-- administrator. Its transcript is copied with the customer's personal data already masked, so
-- the library never reads the customer's records and every staff member may read it.
CREATE TABLE cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL UNIQUE REFERENCES conversations(id),
    title TEXT NOT NULL,
    story TEXT NOT NULL,
    non_standard TEXT NOT NULL,
    outcome TEXT NOT NULL,
    lessons TEXT NOT NULL,
    channel TEXT NOT NULL,
    agent_name TEXT NOT NULL DEFAULT '',
    author_id INTEGER NOT NULL REFERENCES agents(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX cases_created ON cases(created_at DESC, id DESC);

CREATE TABLE case_tags (
    case_id INTEGER NOT NULL REFERENCES cases(id),
    tag TEXT NOT NULL,
    PRIMARY KEY (case_id, tag)
) WITHOUT ROWID;
CREATE INDEX case_tags_tag ON case_tags(tag, case_id);

-- The transcript as it travels with the case: masked, oldest first.
CREATE TABLE case_messages (
    case_id INTEGER NOT NULL REFERENCES cases(id),
    position INTEGER NOT NULL,
    sender TEXT NOT NULL,
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (case_id, position)
) WITHOUT ROWID;

-- Full-text search in Chinese and English: FTS5 does not segment Chinese, so the server stores
-- ICU-segmented text here (assist::KnowledgeIndex::indexText, as the knowledge base does); what
-- people read stays in cases. rowid = cases.id.
CREATE VIRTUAL TABLE cases_fts USING fts5(title, body, tags, tokenize = 'unicode61 remove_diacritics 2');
-- In how many cases each token occurs: search leaves out terms nearly every case has, and the
-- assistant weighs the terms a customer's message shares with a case by how rare they are.
CREATE VIRTUAL TABLE cases_vocab USING fts5vocab(cases_fts, row);
