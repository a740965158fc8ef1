-- Warmline schema version 5: compensation decided by the first agent (within their authority),
-- approvals above it, offers the customer chooses from, and the customer's way back (a switch to
-- another offered option within a window). Money is integer fen.

-- An agent's authority when a supervisor or administrator set it; without a row the role's
-- default applies (core::defaultAuthority).
CREATE TABLE agent_authority (
    agent_id       INTEGER PRIMARY KEY REFERENCES agents(id),
    per_case_limit INTEGER NOT NULL CHECK (per_case_limit >= 0),
    daily_budget   INTEGER NOT NULL CHECK (daily_budget >= 0),
    set_by         INTEGER NOT NULL REFERENCES agents(id),
    updated_at     INTEGER NOT NULL
);

CREATE TABLE compensations (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('decision', 'approval_request', 'offer')),
    status           TEXT NOT NULL CHECK (status IN ('offered', 'effective', 'pending_approval', 'approved',
                                                     'rejected', 'switched')),
    complaint_id     INTEGER NOT NULL REFERENCES complaints(id),
    customer_id      INTEGER NOT NULL REFERENCES customers(id),
    order_id         INTEGER NOT NULL REFERENCES orders(id),
    conversation_id  INTEGER REFERENCES conversations(id),
    agent_id         INTEGER NOT NULL REFERENCES agents(id), -- who decided, asked or offered
    options          TEXT NOT NULL,    -- JSON [[{"kind": …, "amount": fen}, …], …]
    chosen_index     INTEGER,          -- offers: the customer's choice
    previous_index   INTEGER,          -- offers: the choice before a switch
    remedies         TEXT NOT NULL,    -- JSON [{"kind": …, "amount": fen}, …]: given or asked for now
    amount           INTEGER NOT NULL CHECK (amount >= 0),
    requested_amount INTEGER NOT NULL CHECK (requested_amount >= 0),
    -- Offers hold their dearest option against the budget while the customer may still pick or
    -- switch to it; the budget then counts amount + (hold - amount) until the window closes.
    hold             INTEGER NOT NULL DEFAULT 0 CHECK (hold >= 0),
    reason           TEXT NOT NULL,
    budget_agent_id  INTEGER REFERENCES agents(id), -- whose daily budget it counts against
    budget_day       TEXT,                          -- that budget's day, YYYY-MM-DD (server time)
    approver_id      INTEGER REFERENCES agents(id),
    approver_comment TEXT NOT NULL DEFAULT '',
    escalated_at     INTEGER,
    switch_deadline  INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    CHECK (status <> 'pending_approval' OR budget_agent_id IS NULL)
);
CREATE INDEX compensations_budget ON compensations(budget_agent_id, budget_day);
CREATE INDEX compensations_complaint ON compensations(complaint_id);
CREATE INDEX compensations_conversation ON compensations(conversation_id);
CREATE INDEX compensations_pending ON compensations(created_at) WHERE status = 'pending_approval';
CREATE INDEX compensations_answered ON compensations(kind, updated_at);
