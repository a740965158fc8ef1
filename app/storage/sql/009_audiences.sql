-- Warmline schema version 9: who sees what. Queues belong to teams, supervisors may look after
-- teams besides their own, and every event records which staff it reaches (docs/security.md).

-- A queue no team owns is organisation-wide: every staff member sees its conversations.
CREATE TABLE queues (
    name    TEXT PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams(id)
) WITHOUT ROWID;

-- Teams a supervisor or trainer looks after in addition to the team in agents.team_id.
CREATE TABLE team_supervisors (
    team_id  INTEGER NOT NULL REFERENCES teams(id),
    agent_id INTEGER NOT NULL REFERENCES agents(id),
    PRIMARY KEY (team_id, agent_id)
) WITHOUT ROWID;

-- events.audience keeps saying whether the customer sees the event; reach says which staff do.
-- Events logged before this version reached every staff member, which 'staff' preserves.
ALTER TABLE events ADD COLUMN reach TEXT NOT NULL DEFAULT 'staff'
    CHECK (reach IN ('staff', 'team', 'agent', 'role', 'conversation'));
ALTER TABLE events ADD COLUMN team_id INTEGER;
ALTER TABLE events ADD COLUMN agent_id INTEGER;
ALTER TABLE events ADD COLUMN role TEXT;
