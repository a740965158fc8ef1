-- Warmline schema version 11: the languages an agent serves customers in, for routing.
-- Empty: any language. Otherwise comma-separated language codes ("zh", "en") matched against the
-- first part of the customer's locale; routing offers such an agent only customers they speak with.
ALTER TABLE agents ADD COLUMN languages TEXT NOT NULL DEFAULT '';
