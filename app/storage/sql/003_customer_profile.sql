-- Warmline schema version 3: what the customer 360 profile needs — tags, praise, conversation
-- summaries, complaint ↔ conversation links, and customer/product/merchant statistics kept current
-- by triggers so that a profile never aggregates over all orders or complaints.

CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    tag         TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
) WITHOUT ROWID;

CREATE TABLE praises (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    product_id  INTEGER NOT NULL REFERENCES products(id),
    merchant_id INTEGER NOT NULL REFERENCES merchants(id),
    aspect      TEXT NOT NULL CHECK (aspect IN ('quality', 'delivery_speed', 'packaging', 'value', 'service',
                                                'design')),
    created_at  INTEGER NOT NULL
);
CREATE INDEX praises_customer ON praises(customer_id);
CREATE INDEX praises_order ON praises(order_id);

-- A one-line account of how a conversation went, written when it is resolved.
ALTER TABLE conversations ADD COLUMN summary TEXT;
-- The conversation in which a complaint was raised (NULL for complaints from before Warmline).
ALTER TABLE complaints ADD COLUMN conversation_id INTEGER REFERENCES conversations(id);
CREATE INDEX complaints_order ON complaints(order_id);
CREATE INDEX conversations_order ON conversations(order_id);

-- Running totals per product and per merchant. "Units sold" counts orders that were not cancelled.
CREATE TABLE product_stats (
    product_id INTEGER PRIMARY KEY REFERENCES products(id),
    orders     INTEGER NOT NULL DEFAULT 0,
    units_sold INTEGER NOT NULL DEFAULT 0,
    complaints INTEGER NOT NULL DEFAULT 0,
    praises    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE merchant_stats (
    merchant_id INTEGER PRIMARY KEY REFERENCES merchants(id),
    orders      INTEGER NOT NULL DEFAULT 0,
    units_sold  INTEGER NOT NULL DEFAULT 0,
    complaints  INTEGER NOT NULL DEFAULT 0,
    praises     INTEGER NOT NULL DEFAULT 0
);
-- Distributions: kind is 'category' (complaint category), 'aspect' (praise), 'offered' (resolution
-- given) or 'accepted' (resolution the customer accepted).
CREATE TABLE product_breakdown (
    product_id INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    count      INTEGER NOT NULL,
    PRIMARY KEY (product_id, kind, key)
) WITHOUT ROWID;
CREATE TABLE merchant_breakdown (
    merchant_id INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (merchant_id, kind, key)
) WITHOUT ROWID;

-- Running totals per customer, for the profile header of a customer with thousands of orders.
-- "Spend" counts orders that were neither cancelled nor refunded; "open" complaints have no
-- resolution yet.
CREATE TABLE customer_stats (
    customer_id     INTEGER PRIMARY KEY REFERENCES customers(id),
    orders          INTEGER NOT NULL DEFAULT 0,
    spend_cents     INTEGER NOT NULL DEFAULT 0,
    complaints      INTEGER NOT NULL DEFAULT 0,
    open_complaints INTEGER NOT NULL DEFAULT 0,
    praises         INTEGER NOT NULL DEFAULT 0
);

-- Backfill from what an earlier version already holds.
INSERT INTO customer_stats (customer_id, orders, spend_cents)
    SELECT customer_id, count(*),
           sum(CASE WHEN status NOT IN ('cancelled', 'refunded') THEN amount_cents ELSE 0 END)
    FROM orders GROUP BY customer_id;
INSERT INTO customer_stats (customer_id, complaints, open_complaints)
    SELECT customer_id, count(*), sum(resolution IS NULL) FROM complaints GROUP BY customer_id
    ON CONFLICT (customer_id) DO UPDATE SET complaints = excluded.complaints,
                                            open_complaints = excluded.open_complaints;
INSERT INTO product_stats (product_id, orders, units_sold)
    SELECT product_id, count(*), sum(CASE WHEN status <> 'cancelled' THEN quantity ELSE 0 END)
    FROM orders GROUP BY product_id;
INSERT INTO merchant_stats (merchant_id, orders, units_sold)
    SELECT p.merchant_id, count(*), sum(CASE WHEN o.status <> 'cancelled' THEN o.quantity ELSE 0 END)
    FROM orders o JOIN products p ON p.id = o.product_id GROUP BY p.merchant_id;
INSERT INTO product_stats (product_id, complaints)
    SELECT product_id, count(*) FROM complaints GROUP BY product_id
    ON CONFLICT (product_id) DO UPDATE SET complaints = excluded.complaints;
INSERT INTO merchant_stats (merchant_id, complaints)
    SELECT merchant_id, count(*) FROM complaints GROUP BY merchant_id
    ON CONFLICT (merchant_id) DO UPDATE SET complaints = excluded.complaints;
INSERT INTO product_breakdown SELECT product_id, 'category', category, count(*) FROM complaints GROUP BY 1, 3;
INSERT INTO merchant_breakdown SELECT merchant_id, 'category', category, count(*) FROM complaints GROUP BY 1, 3;
INSERT INTO product_breakdown SELECT product_id, 'offered', resolution, count(*) FROM complaints
    WHERE resolution IS NOT NULL GROUP BY 1, 3;
INSERT INTO merchant_breakdown SELECT merchant_id, 'offered', resolution, count(*) FROM complaints
    WHERE resolution IS NOT NULL GROUP BY 1, 3;
INSERT INTO product_breakdown SELECT product_id, 'accepted', resolution, count(*) FROM complaints
    WHERE resolution IS NOT NULL AND accepted = 1 GROUP BY 1, 3;
INSERT INTO merchant_breakdown SELECT merchant_id, 'accepted', resolution, count(*) FROM complaints
    WHERE resolution IS NOT NULL AND accepted = 1 GROUP BY 1, 3;

-- Orders → units and order counts.
CREATE TRIGGER orders_stats_insert AFTER INSERT ON orders BEGIN
    INSERT INTO customer_stats (customer_id, orders, spend_cents)
        VALUES (NEW.customer_id, 1,
                CASE WHEN NEW.status NOT IN ('cancelled', 'refunded') THEN NEW.amount_cents ELSE 0 END)
        ON CONFLICT (customer_id) DO UPDATE SET orders = orders + 1,
                                                spend_cents = spend_cents + excluded.spend_cents;
    INSERT INTO product_stats (product_id, orders, units_sold)
        VALUES (NEW.product_id, 1, CASE WHEN NEW.status <> 'cancelled' THEN NEW.quantity ELSE 0 END)
        ON CONFLICT (product_id) DO UPDATE SET orders = orders + 1, units_sold = units_sold + excluded.units_sold;
    INSERT INTO merchant_stats (merchant_id, orders, units_sold)
        VALUES ((SELECT merchant_id FROM products WHERE id = NEW.product_id), 1,
                CASE WHEN NEW.status <> 'cancelled' THEN NEW.quantity ELSE 0 END)
        ON CONFLICT (merchant_id) DO UPDATE SET orders = orders + 1, units_sold = units_sold + excluded.units_sold;
END;

CREATE TRIGGER orders_stats_update AFTER UPDATE OF status, quantity, product_id, amount_cents, customer_id
ON orders BEGIN
    UPDATE customer_stats SET orders = orders - 1,
        spend_cents = spend_cents - CASE WHEN OLD.status NOT IN ('cancelled', 'refunded') THEN OLD.amount_cents ELSE 0 END
        WHERE customer_id = OLD.customer_id;
    INSERT INTO customer_stats (customer_id, orders, spend_cents)
        VALUES (NEW.customer_id, 1,
                CASE WHEN NEW.status NOT IN ('cancelled', 'refunded') THEN NEW.amount_cents ELSE 0 END)
        ON CONFLICT (customer_id) DO UPDATE SET orders = orders + 1,
                                                spend_cents = spend_cents + excluded.spend_cents;
    UPDATE product_stats SET orders = orders - 1,
        units_sold = units_sold - CASE WHEN OLD.status <> 'cancelled' THEN OLD.quantity ELSE 0 END
        WHERE product_id = OLD.product_id;
    UPDATE merchant_stats SET orders = orders - 1,
        units_sold = units_sold - CASE WHEN OLD.status <> 'cancelled' THEN OLD.quantity ELSE 0 END
        WHERE merchant_id = (SELECT merchant_id FROM products WHERE id = OLD.product_id);
    INSERT INTO product_stats (product_id, orders, units_sold)
        VALUES (NEW.product_id, 1, CASE WHEN NEW.status <> 'cancelled' THEN NEW.quantity ELSE 0 END)
        ON CONFLICT (product_id) DO UPDATE SET orders = orders + 1, units_sold = units_sold + excluded.units_sold;
    INSERT INTO merchant_stats (merchant_id, orders, units_sold)
        VALUES ((SELECT merchant_id FROM products WHERE id = NEW.product_id), 1,
                CASE WHEN NEW.status <> 'cancelled' THEN NEW.quantity ELSE 0 END)
        ON CONFLICT (merchant_id) DO UPDATE SET orders = orders + 1, units_sold = units_sold + excluded.units_sold;
END;

-- Complaints → counts and the three distributions.
CREATE TRIGGER complaints_stats_insert AFTER INSERT ON complaints BEGIN
    INSERT INTO customer_stats (customer_id, complaints, open_complaints)
        VALUES (NEW.customer_id, 1, NEW.resolution IS NULL)
        ON CONFLICT (customer_id) DO UPDATE SET complaints = complaints + 1,
                                                open_complaints = open_complaints + excluded.open_complaints;
    INSERT INTO product_stats (product_id, complaints) VALUES (NEW.product_id, 1)
        ON CONFLICT (product_id) DO UPDATE SET complaints = complaints + 1;
    INSERT INTO merchant_stats (merchant_id, complaints) VALUES (NEW.merchant_id, 1)
        ON CONFLICT (merchant_id) DO UPDATE SET complaints = complaints + 1;
    INSERT INTO product_breakdown VALUES (NEW.product_id, 'category', NEW.category, 1)
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO merchant_breakdown VALUES (NEW.merchant_id, 'category', NEW.category, 1)
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO product_breakdown SELECT NEW.product_id, 'offered', NEW.resolution, 1 WHERE NEW.resolution IS NOT NULL
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO merchant_breakdown SELECT NEW.merchant_id, 'offered', NEW.resolution, 1 WHERE NEW.resolution IS NOT NULL
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO product_breakdown SELECT NEW.product_id, 'accepted', NEW.resolution, 1
        WHERE NEW.resolution IS NOT NULL AND NEW.accepted = 1
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO merchant_breakdown SELECT NEW.merchant_id, 'accepted', NEW.resolution, 1
        WHERE NEW.resolution IS NOT NULL AND NEW.accepted = 1
        ON CONFLICT DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER complaints_stats_update
AFTER UPDATE OF category, resolution, accepted, product_id, merchant_id, customer_id ON complaints BEGIN
    UPDATE customer_stats SET complaints = complaints - 1, open_complaints = open_complaints - (OLD.resolution IS NULL)
        WHERE customer_id = OLD.customer_id;
    INSERT INTO customer_stats (customer_id, complaints, open_complaints)
        VALUES (NEW.customer_id, 1, NEW.resolution IS NULL)
        ON CONFLICT (customer_id) DO UPDATE SET complaints = complaints + 1,
                                                open_complaints = open_complaints + excluded.open_complaints;
    UPDATE product_breakdown SET count = count - 1
        WHERE product_id = OLD.product_id AND kind = 'category' AND key = OLD.category;
    UPDATE merchant_breakdown SET count = count - 1
        WHERE merchant_id = OLD.merchant_id AND kind = 'category' AND key = OLD.category;
    UPDATE product_breakdown SET count = count - 1
        WHERE product_id = OLD.product_id AND kind = 'offered' AND key = OLD.resolution;
    UPDATE merchant_breakdown SET count = count - 1
        WHERE merchant_id = OLD.merchant_id AND kind = 'offered' AND key = OLD.resolution;
    UPDATE product_breakdown SET count = count - 1
        WHERE product_id = OLD.product_id AND kind = 'accepted' AND key = OLD.resolution AND OLD.accepted = 1;
    UPDATE merchant_breakdown SET count = count - 1
        WHERE merchant_id = OLD.merchant_id AND kind = 'accepted' AND key = OLD.resolution AND OLD.accepted = 1;
    UPDATE product_stats SET complaints = complaints - 1 WHERE product_id = OLD.product_id;
    UPDATE merchant_stats SET complaints = complaints - 1 WHERE merchant_id = OLD.merchant_id;
    INSERT INTO product_stats (product_id, complaints) VALUES (NEW.product_id, 1)
        ON CONFLICT (product_id) DO UPDATE SET complaints = complaints + 1;
    INSERT INTO merchant_stats (merchant_id, complaints) VALUES (NEW.merchant_id, 1)
        ON CONFLICT (merchant_id) DO UPDATE SET complaints = complaints + 1;
    INSERT INTO product_breakdown VALUES (NEW.product_id, 'category', NEW.category, 1)
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO merchant_breakdown VALUES (NEW.merchant_id, 'category', NEW.category, 1)
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO product_breakdown SELECT NEW.product_id, 'offered', NEW.resolution, 1 WHERE NEW.resolution IS NOT NULL
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO merchant_breakdown SELECT NEW.merchant_id, 'offered', NEW.resolution, 1 WHERE NEW.resolution IS NOT NULL
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO product_breakdown SELECT NEW.product_id, 'accepted', NEW.resolution, 1
        WHERE NEW.resolution IS NOT NULL AND NEW.accepted = 1
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO merchant_breakdown SELECT NEW.merchant_id, 'accepted', NEW.resolution, 1
        WHERE NEW.resolution IS NOT NULL AND NEW.accepted = 1
        ON CONFLICT DO UPDATE SET count = count + 1;
END;

-- Praise → counts and the aspect distribution.
CREATE TRIGGER praises_stats_insert AFTER INSERT ON praises BEGIN
    INSERT INTO customer_stats (customer_id, praises) VALUES (NEW.customer_id, 1)
        ON CONFLICT (customer_id) DO UPDATE SET praises = praises + 1;
    INSERT INTO product_stats (product_id, praises) VALUES (NEW.product_id, 1)
        ON CONFLICT (product_id) DO UPDATE SET praises = praises + 1;
    INSERT INTO merchant_stats (merchant_id, praises) VALUES (NEW.merchant_id, 1)
        ON CONFLICT (merchant_id) DO UPDATE SET praises = praises + 1;
    INSERT INTO product_breakdown VALUES (NEW.product_id, 'aspect', NEW.aspect, 1)
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO merchant_breakdown VALUES (NEW.merchant_id, 'aspect', NEW.aspect, 1)
        ON CONFLICT DO UPDATE SET count = count + 1;
END;
