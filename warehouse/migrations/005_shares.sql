-- Stated percentages ("around 4% of all land that needs mine action"), kept beside the
-- figures but apart from them: a share is not a taxonomy figure. part_ids and whole_ids
-- name the figures the percentage relates, when the text lets a reader tell them; the
-- whole is a sum when the document gives only its parts (threat levels).

CREATE TABLE shares (
    id VARCHAR PRIMARY KEY,             -- hash of publication, position and content
    publication_id VARCHAR NOT NULL,
    percent DOUBLE NOT NULL,
    qualifier VARCHAR NOT NULL,         -- exact | approx | at_least | at_most
    decimals INTEGER NOT NULL,          -- digits after the decimal mark: the rounding stated
    quote VARCHAR NOT NULL,             -- "4% of all land that needs mine action"
    part_metric VARCHAR,
    whole_metric VARCHAR,
    part_ids VARCHAR[],
    whole_ids VARCHAR[]
);
