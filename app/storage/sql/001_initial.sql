-- Warmline schema version 1: people, commerce and conversations.
-- Timestamps are milliseconds since the Unix epoch (UTC); money is integer fen (minor units).

CREATE TABLE teams (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE agents (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'trainer', 'admin')),
    team_id       INTEGER REFERENCES teams(id),
    password_salt BLOB NOT NULL,
    password_hash BLOB NOT NULL,
    created_at    INTEGER NOT NULL
);

CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    locale       TEXT NOT NULL DEFAULT 'zh_CN',
    tier         TEXT NOT NULL DEFAULT 'standard' CHECK (tier IN ('standard', 'silver', 'gold', 'vip')),
    email        TEXT,
    phone        TEXT,
    city         TEXT,
    created_at   INTEGER NOT NULL
);

CREATE TABLE merchants (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    merchant_id INTEGER NOT NULL REFERENCES merchants(id),
    name        TEXT NOT NULL,
    category    TEXT NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0)
);
CREATE INDEX products_merchant ON products(merchant_id);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    order_no     TEXT NOT NULL UNIQUE,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    product_id   INTEGER NOT NULL REFERENCES products(id),
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    status       TEXT NOT NULL CHECK (status IN ('paid', 'shipped', 'delivered', 'returned', 'refunded', 'cancelled')),
    ordered_at   INTEGER NOT NULL,
    delivered_at INTEGER
);
CREATE INDEX orders_customer ON orders(customer_id, ordered_at);
CREATE INDEX orders_product ON orders(product_id);

CREATE TABLE complaints (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    product_id  INTEGER NOT NULL REFERENCES products(id),
    merchant_id INTEGER NOT NULL REFERENCES merchants(id),
    category    TEXT NOT NULL CHECK (category IN ('late_delivery', 'damaged_item', 'wrong_item', 'quality',
                                                  'missing_parts', 'billing', 'refund', 'account', 'service_attitude')),
    resolution  TEXT CHECK (resolution IN ('coupon', 'partial_refund', 'full_refund', 'replacement',
                                           'free_return_shipping', 'points', 'goodwill_gift', 'apology_only')),
    accepted    INTEGER CHECK (accepted IN (0, 1)),
    created_at  INTEGER NOT NULL
);
CREATE INDEX complaints_customer ON complaints(customer_id);
CREATE INDEX complaints_product ON complaints(product_id, category);
CREATE INDEX complaints_merchant ON complaints(merchant_id, category);

CREATE TABLE conversations (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customers(id),
    channel           TEXT NOT NULL CHECK (channel IN ('web', 'app', 'phone', 'wechat', 'sms')),
    status            TEXT NOT NULL CHECK (status IN ('bot', 'queued', 'assigned', 'resolved')),
    queue             TEXT NOT NULL DEFAULT 'general',
    assigned_agent_id INTEGER REFERENCES agents(id),
    order_id          INTEGER REFERENCES orders(id),
    created_at        INTEGER NOT NULL,
    queued_at         INTEGER,
    assigned_at       INTEGER,
    resolved_at       INTEGER,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX conversations_open ON conversations(status) WHERE status <> 'resolved';
CREATE INDEX conversations_customer ON conversations(customer_id, created_at);

CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    sender          TEXT NOT NULL CHECK (sender IN ('customer', 'bot', 'agent', 'system')),
    agent_id        INTEGER REFERENCES agents(id),
    body            TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX messages_conversation ON messages(conversation_id, id);
