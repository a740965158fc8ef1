-- Warmline schema version 6: the reply assistant and the customer-facing bot.

-- What the bot hands over with a conversation (JSON of core::Handoff; NULL: never handed over),
-- and what it has answered so far (JSON: {"tried": [intent keys]}), so it never repeats itself
-- and never takes a conversation back once people own it.
ALTER TABLE conversations ADD COLUMN handoff TEXT;
ALTER TABLE conversations ADD COLUMN bot_state TEXT;

-- Agents' reactions to suggestions: which one they inserted, sent as it was, edited before
-- sending, or ignored. Ranks future suggestions; sent and edited ones also label the customer's
-- message with the suggestion's intent for retraining.
CREATE TABLE assist_feedback (
    id              INTEGER PRIMARY KEY,
    agent_id        INTEGER NOT NULL REFERENCES agents(id),
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    message_id      INTEGER NOT NULL REFERENCES messages(id),
    intent          TEXT NOT NULL,
    template_id     TEXT,      -- NULL for article and past-reply suggestions
    source          TEXT NOT NULL CHECK (source IN ('intent', 'article', 'past_reply')),
    action          TEXT NOT NULL CHECK (action IN ('inserted', 'sent', 'edited', 'ignored')),
    created_at      INTEGER NOT NULL
);
CREATE INDEX assist_feedback_template ON assist_feedback(template_id) WHERE template_id IS NOT NULL;
CREATE INDEX assist_feedback_learned ON assist_feedback(id) WHERE action IN ('sent', 'edited');
