#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on offline machines.
# `prisma generate` never runs it; `prisma migrate` does, and then fails with this message.
echo "Claimtrail: no Prisma schema engine is installed; migrations are applied by 'npm run db:migrate'." >&2
exit 1
