-- DDL equivalent to what `prisma db push` / `prisma migrate` (Prisma 5, PostgreSQL) emits for the plugin_capacity
-- models of the original platform's schema.prisma (naap-plugins.md §2.1): CapacityRequest, CapacitySoftCommit,
-- CapacityRequestComment and the enum CapacityRequestStatus. Written by hand in Prisma's form, because Prisma's
-- schema-engine binary cannot be downloaded here. Drops and recreates the plugin_capacity schema.
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS "plugin_capacity" CASCADE;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "plugin_capacity";

-- CreateEnum
CREATE TYPE "plugin_capacity"."CapacityRequestStatus" AS ENUM ('ACTIVE', 'EXPIRED', 'FULFILLED', 'CANCELLED', 'CLOSED');

-- CreateTable
CREATE TABLE "plugin_capacity"."CapacityRequest" (
    "id" TEXT NOT NULL,
    "creatorId" TEXT,
    "requesterName" TEXT NOT NULL,
    "requesterAccount" TEXT NOT NULL,
    "gpuModel" TEXT NOT NULL,
    "vram" INTEGER NOT NULL,
    "osVersion" TEXT NOT NULL DEFAULT 'Any',
    "cudaVersion" TEXT NOT NULL DEFAULT 'Any',
    "count" INTEGER NOT NULL,
    "pipeline" TEXT NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3) NOT NULL,
    "validUntil" TIMESTAMP(3) NOT NULL,
    "hourlyRate" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "riskLevel" INTEGER NOT NULL DEFAULT 3,
    "status" "plugin_capacity"."CapacityRequestStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CapacityRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plugin_capacity"."CapacitySoftCommit" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "userName" TEXT NOT NULL,
    "gpuCount" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CapacitySoftCommit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plugin_capacity"."CapacityRequestComment" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CapacityRequestComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CapacityRequest_gpuModel_idx" ON "plugin_capacity"."CapacityRequest"("gpuModel");

-- CreateIndex
CREATE INDEX "CapacityRequest_pipeline_idx" ON "plugin_capacity"."CapacityRequest"("pipeline");

-- CreateIndex
CREATE INDEX "CapacityRequest_status_idx" ON "plugin_capacity"."CapacityRequest"("status");

-- CreateIndex
CREATE INDEX "CapacityRequest_validUntil_idx" ON "plugin_capacity"."CapacityRequest"("validUntil");

-- CreateIndex
CREATE INDEX "CapacityRequest_createdAt_idx" ON "plugin_capacity"."CapacityRequest"("createdAt");

-- CreateIndex
CREATE INDEX "CapacityRequest_riskLevel_idx" ON "plugin_capacity"."CapacityRequest"("riskLevel");

-- CreateIndex
CREATE INDEX "CapacityRequest_creatorId_idx" ON "plugin_capacity"."CapacityRequest"("creatorId");

-- CreateIndex
CREATE INDEX "CapacitySoftCommit_requestId_idx" ON "plugin_capacity"."CapacitySoftCommit"("requestId");

-- CreateIndex
CREATE INDEX "CapacitySoftCommit_userId_idx" ON "plugin_capacity"."CapacitySoftCommit"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CapacitySoftCommit_requestId_userId_key" ON "plugin_capacity"."CapacitySoftCommit"("requestId", "userId");

-- CreateIndex
CREATE INDEX "CapacityRequestComment_requestId_idx" ON "plugin_capacity"."CapacityRequestComment"("requestId");

-- CreateIndex
CREATE INDEX "CapacityRequestComment_createdAt_idx" ON "plugin_capacity"."CapacityRequestComment"("createdAt");

-- AddForeignKey
ALTER TABLE "plugin_capacity"."CapacitySoftCommit" ADD CONSTRAINT "CapacitySoftCommit_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "plugin_capacity"."CapacityRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugin_capacity"."CapacityRequestComment" ADD CONSTRAINT "CapacityRequestComment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "plugin_capacity"."CapacityRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
