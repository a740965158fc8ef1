-- Warmline schema version 12: the roster counts each agent's open conversations on every presence
-- or load change; without this index that count read the whole conversations table.
CREATE INDEX conversations_assignee ON conversations(assigned_agent_id) WHERE status = 'assigned';
