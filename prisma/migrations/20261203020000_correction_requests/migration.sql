-- Readers' correction requests and the staff's answers (lib/corrections/).

-- CreateEnum
CREATE TYPE "CorrectionRequestState" AS ENUM ('OPEN', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CorrectionRequestEventKind" AS ENUM ('ANSWERED', 'CLOSED');

-- CreateTable
CREATE TABLE "CorrectionRequest" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "email" TEXT,
    "sourceUrl" TEXT,
    "state" "CorrectionRequestState" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorrectionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorrectionRequestEvent" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "kind" "CorrectionRequestEventKind" NOT NULL,
    "actorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorrectionRequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CorrectionRequest_state_createdAt_id_idx" ON "CorrectionRequest"("state", "createdAt", "id");

-- CreateIndex
CREATE INDEX "CorrectionRequest_claimId_idx" ON "CorrectionRequest"("claimId");

-- CreateIndex
CREATE INDEX "CorrectionRequestEvent_requestId_createdAt_idx" ON "CorrectionRequestEvent"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "CorrectionRequestEvent_actorId_idx" ON "CorrectionRequestEvent"("actorId");

-- AddForeignKey
ALTER TABLE "CorrectionRequest" ADD CONSTRAINT "CorrectionRequest_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionRequestEvent" ADD CONSTRAINT "CorrectionRequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "CorrectionRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionRequestEvent" ADD CONSTRAINT "CorrectionRequestEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What staff answered is kept as written: the database refuses to change or remove an event
-- (ENABLE ALWAYS, as for ClaimEvent, so session_replication_role = replica does not skip it).
CREATE FUNCTION "correction_request_event_is_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'CorrectionRequestEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "CorrectionRequestEvent_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "CorrectionRequestEvent"
  FOR EACH ROW EXECUTE FUNCTION "correction_request_event_is_append_only"();

CREATE TRIGGER "CorrectionRequestEvent_no_truncate"
  BEFORE TRUNCATE ON "CorrectionRequestEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "correction_request_event_is_append_only"();

ALTER TABLE "CorrectionRequestEvent" ENABLE ALWAYS TRIGGER "CorrectionRequestEvent_no_update_or_delete";
ALTER TABLE "CorrectionRequestEvent" ENABLE ALWAYS TRIGGER "CorrectionRequestEvent_no_truncate";
