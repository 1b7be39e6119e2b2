-- How far a piece of work got, so a run killed half-way leaves it for the next run:
-- 'checked' is when the checks last ran to the end over the warehouse. A run found still
-- 'running' when the next one starts was killed: its status becomes 'interrupted'.

CREATE TABLE watermarks (
    name VARCHAR PRIMARY KEY,
    reached_at TIMESTAMP NOT NULL
);
