-- Warmline schema version 4: the append-only audit log of money decisions. Each row's hash covers
-- the previous row's hash, so changing or removing any row breaks every link after it
-- (`warmline-server --verify-audit` names the first broken one).

CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at INTEGER NOT NULL,
    actor      TEXT NOT NULL,      -- "agent:12", "customer:7", "system"
    action     TEXT NOT NULL,      -- e.g. compensation.decided, compensation.approved
    subject    TEXT NOT NULL,      -- what it is about, e.g. "complaint:42"
    details    TEXT NOT NULL,      -- compact JSON
    prev_hash  TEXT NOT NULL,      -- hex SHA-256 of the previous row, 64 zeros for the first
    hash       TEXT NOT NULL       -- hex SHA-256 over this row's fields and prev_hash
);

-- Append-only in the database itself: an UPDATE or DELETE through SQL fails. (Someone who edits
-- the file with other tools is what the hash chain is for.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
