-- The joint committee's decisions on a call's applications (issue 16): one decision per
-- submitted application, the co-chairs of each party, their approvals, and the joint projects
-- the funded applications became. Applications keep their own statuses: the decision lives here.

-- One row per call once its committee has been set up. The call's row is locked (FOR UPDATE)
-- by every decision, so two decisions at once queue up and the envelope check sees the other's.
CREATE TABLE call_committees (
  call_id uuid PRIMARY KEY REFERENCES calls (id) ON DELETE CASCADE,
  cochair_qc_id uuid REFERENCES users (id) ON DELETE SET NULL,
  cochair_fr_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- Set when both co-chairs have approved the decisions: nothing changes after.
  finalised_at timestamptz,
  CHECK (cochair_qc_id IS DISTINCT FROM cochair_fr_id OR cochair_qc_id IS NULL)
);

CREATE TABLE call_decisions (
  application_id uuid PRIMARY KEY REFERENCES applications (id) ON DELETE RESTRICT,
  call_id uuid NOT NULL REFERENCES calls (id) ON DELETE RESTRICT,
  outcome text NOT NULL CHECK (outcome IN ('funded', 'waiting_list', 'rejected')),
  reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 3000),
  -- Each party's share in its own currency: Québec in CAD cents, France in EUR cents.
  amount_qc_cents bigint NOT NULL DEFAULT 0 CHECK (amount_qc_cents >= 0),
  amount_fr_cents bigint NOT NULL DEFAULT 0 CHECK (amount_fr_cents >= 0),
  decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  CHECK (outcome <> 'rejected' OR length(btrim(reason)) > 0),
  CHECK (outcome = 'funded' OR (amount_qc_cents = 0 AND amount_fr_cents = 0))
);
CREATE INDEX call_decisions_call_idx ON call_decisions (call_id, outcome);

-- A co-chair's approval of the call's current decisions; any change of a decision (or of a
-- co-chair) deletes the call's approvals.
CREATE TABLE call_decision_approvals (
  call_id uuid NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  party text NOT NULL CHECK (party IN ('qc', 'fr')),
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  approved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (call_id, party)
);

-- The link back from a joint project to the application (and so the call) it came from.
CREATE TABLE call_funded_projects (
  application_id uuid PRIMARY KEY REFERENCES applications (id) ON DELETE RESTRICT,
  project_id uuid NOT NULL UNIQUE REFERENCES projects (id) ON DELETE CASCADE
);
