-- Warmline schema version 10: supervision — presence, capacity, transfers and routing offers.

-- How many conversations an agent works at once; routing offers no more than this.
ALTER TABLE agents ADD COLUMN capacity INTEGER NOT NULL DEFAULT 3 CHECK (capacity >= 0);

-- What the agent said they are (available, busy, away) and whether a connection of theirs is
-- live; without a live connection they show offline whatever they chose. `since` is when what
-- others see last changed. The server clears `connected` when it starts.
CREATE TABLE agent_presence (
    agent_id  INTEGER PRIMARY KEY REFERENCES agents(id),
    chosen    TEXT NOT NULL CHECK (chosen IN ('available', 'busy', 'away')),
    connected INTEGER NOT NULL DEFAULT 0 CHECK (connected >= 0),
    since     INTEGER NOT NULL
);

-- The latest hand-over between people (JSON of core::Transfer: who, to whom, why); NULL: none.
ALTER TABLE conversations ADD COLUMN transfer TEXT;

-- Every transfer and assignment, for the metrics and the audit of who moved what.
CREATE TABLE conversation_transfers (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    from_agent_id   INTEGER REFERENCES agents(id), -- NULL: it was waiting in a queue
    to_agent_id     INTEGER REFERENCES agents(id), -- NULL: sent back to a queue
    to_queue        TEXT NOT NULL,
    by_agent_id     INTEGER NOT NULL REFERENCES agents(id),
    note            TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX conversation_transfers_conversation ON conversation_transfers(conversation_id, id);

-- A waiting conversation offered to one available agent until expires_at; then it goes to the next.
CREATE TABLE routing_offers (
    conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id),
    agent_id        INTEGER NOT NULL REFERENCES agents(id),
    offered_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX routing_offers_agent ON routing_offers(agent_id);

-- Agents who declined or let lapse an offer of this conversation: it goes to someone else first.
CREATE TABLE routing_passes (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    agent_id        INTEGER NOT NULL REFERENCES agents(id),
    PRIMARY KEY (conversation_id, agent_id)
) WITHOUT ROWID;
