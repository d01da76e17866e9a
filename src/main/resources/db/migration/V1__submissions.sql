-- An applicant's submission, handed to the window by its pre-check code (预审码).
CREATE TABLE submission (
    code            VARCHAR(16)              NOT NULL PRIMARY KEY,
    theme_id        VARCHAR(100)             NOT NULL,
    answers_query   VARCHAR(20000)           NOT NULL,
    ruleset_version VARCHAR(32)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
