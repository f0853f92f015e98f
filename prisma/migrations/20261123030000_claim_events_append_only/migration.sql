-- Claim history is append-only: the database itself refuses to change or remove an event.
-- The triggers are ENABLE ALWAYS so that `SET session_replication_role = replica` (which skips
-- ordinary triggers) does not skip them. Only a superuser dropping or disabling the trigger can
-- alter history, and `npm run history:verify` then finds the broken hash chain.

CREATE FUNCTION "claim_event_is_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ClaimEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "ClaimEvent_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "ClaimEvent"
  FOR EACH ROW EXECUTE FUNCTION "claim_event_is_append_only"();

CREATE TRIGGER "ClaimEvent_no_truncate"
  BEFORE TRUNCATE ON "ClaimEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "claim_event_is_append_only"();

ALTER TABLE "ClaimEvent" ENABLE ALWAYS TRIGGER "ClaimEvent_no_update_or_delete";
ALTER TABLE "ClaimEvent" ENABLE ALWAYS TRIGGER "ClaimEvent_no_truncate";
