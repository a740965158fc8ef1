-- Warmline schema version 8: an opening line has a language, and an agent keeps one active line per
-- channel kind *and* language, so an English-speaking customer is greeted by the agent's English
-- line and a Chinese-speaking one by the Chinese line.
--
-- The language is the language of the line's text ('zh_CN' when it has a Chinese character, else
-- 'en'); the server sets it on every save. Existing lines get it from their newest version.
ALTER TABLE opening_lines ADD COLUMN language TEXT NOT NULL DEFAULT 'zh_CN'
    CHECK (language IN ('zh_CN', 'en'));

UPDATE opening_lines SET language = 'en'
WHERE NOT EXISTS (
    SELECT 1 FROM opening_line_versions v
    WHERE v.line_id = opening_lines.id
      AND v.version = (SELECT max(version) FROM opening_line_versions WHERE line_id = opening_lines.id)
      AND v.source GLOB '*[一-鿿]*');

DROP INDEX opening_lines_one_active;
CREATE UNIQUE INDEX opening_lines_one_active ON opening_lines(agent_id, channel_kind, language)
    WHERE active = 1;
