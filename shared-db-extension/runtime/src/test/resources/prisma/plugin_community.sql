-- DDL equivalent to what `prisma db push` / `prisma migrate` (Prisma 5, PostgreSQL) emits for the plugin_community
-- models of the original platform's schema.prisma (naap-platform.md §2.2, naap-plugins.md §1.1). Applied with psql
-- because Prisma's schema-engine binary cannot be downloaded here. Needs public."User" (public_identity.sql) first.
-- Drops and recreates the plugin_community schema: run only against a scratch database.
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS "plugin_community" CASCADE;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "plugin_community";

-- CreateEnum
CREATE TYPE "plugin_community"."CommunityPostType" AS ENUM ('QUESTION', 'DISCUSSION', 'ANNOUNCEMENT', 'SHOWCASE');

-- CreateEnum
CREATE TYPE "plugin_community"."CommunityCategory" AS ENUM ('GENERAL', 'ORCHESTRATORS', 'TRANSCODERS', 'AI_PIPELINES', 'GOVERNANCE', 'TROUBLESHOOTING');

-- CreateEnum
CREATE TYPE "plugin_community"."CommunityPostStatus" AS ENUM ('OPEN', 'CLOSED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "plugin_community"."CommunityVoteTarget" AS ENUM ('POST', 'COMMENT');

-- CreateEnum
CREATE TYPE "plugin_community"."CommunityReputationAction" AS ENUM ('POST_CREATED', 'POST_UPVOTED', 'POST_RECEIVED_UPVOTE', 'COMMENT_CREATED', 'COMMENT_UPVOTED', 'COMMENT_RECEIVED_UPVOTE', 'ANSWER_ACCEPTED', 'QUESTION_SOLVED', 'DAILY_LOGIN', 'BADGE_EARNED');

-- CreateTable
CREATE TABLE "plugin_community"."CommunityProfile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "bio" TEXT,
    "reputation" INTEGER NOT NULL DEFAULT 0,
    "level" INTEGER NOT NULL DEFAULT 1,
    "isBanned" BOOLEAN NOT NULL DEFAULT false,
    "bannedAt" TIMESTAMP(3),
    "bannedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommunityProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plugin_community"."CommunityPost" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "postType" "plugin_community"."CommunityPostType" NOT NULL DEFAULT 'DISCUSSION',
    "category" "plugin_community"."CommunityCategory" NOT NULL DEFAULT 'GENERAL',
    "status" "plugin_community"."CommunityPostStatus" NOT NULL DEFAULT 'OPEN',
    "upvotes" INTEGER NOT NULL DEFAULT 0,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "isSolved" BOOLEAN NOT NULL DEFAULT false,
    "acceptedAnswerId" TEXT,
    "isPinned" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommunityPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plugin_community"."CommunityComment" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "upvotes" INTEGER NOT NULL DEFAULT 0,
    "isAccepted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommunityComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plugin_community"."CommunityVote" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "targetType" "plugin_community"."CommunityVoteTarget" NOT NULL,
    "targetId" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postId" TEXT,
    "commentId" TEXT,

    CONSTRAINT "CommunityVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plugin_community"."CommunityTag" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT,
    "color" TEXT NOT NULL DEFAULT '#6b7280',
    "usageCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunityTag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plugin_community"."CommunityPostTag" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,

    CONSTRAINT "CommunityPostTag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plugin_community"."CommunityReputationLog" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "action" "plugin_community"."CommunityReputationAction" NOT NULL,
    "points" INTEGER NOT NULL,
    "sourceType" TEXT,
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunityReputationLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plugin_community"."CommunityBadge" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "icon" TEXT NOT NULL,
    "color" TEXT NOT NULL DEFAULT '#6b7280',
    "criteria" TEXT NOT NULL,
    "threshold" INTEGER NOT NULL DEFAULT 1,
    "points" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunityBadge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plugin_community"."CommunityUserBadge" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "badgeId" TEXT NOT NULL,
    "earnedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunityUserBadge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommunityProfile_userId_key" ON "plugin_community"."CommunityProfile"("userId");

-- CreateIndex
CREATE INDEX "CommunityProfile_reputation_idx" ON "plugin_community"."CommunityProfile"("reputation");

-- CreateIndex
CREATE INDEX "CommunityPost_authorId_idx" ON "plugin_community"."CommunityPost"("authorId");

-- CreateIndex
CREATE INDEX "CommunityPost_category_idx" ON "plugin_community"."CommunityPost"("category");

-- CreateIndex
CREATE INDEX "CommunityPost_postType_idx" ON "plugin_community"."CommunityPost"("postType");

-- CreateIndex
CREATE INDEX "CommunityPost_isSolved_idx" ON "plugin_community"."CommunityPost"("isSolved");

-- CreateIndex
CREATE INDEX "CommunityPost_createdAt_idx" ON "plugin_community"."CommunityPost"("createdAt");

-- CreateIndex
CREATE INDEX "CommunityPost_upvotes_idx" ON "plugin_community"."CommunityPost"("upvotes");

-- CreateIndex
CREATE INDEX "CommunityComment_postId_idx" ON "plugin_community"."CommunityComment"("postId");

-- CreateIndex
CREATE INDEX "CommunityComment_authorId_idx" ON "plugin_community"."CommunityComment"("authorId");

-- CreateIndex
CREATE INDEX "CommunityComment_isAccepted_idx" ON "plugin_community"."CommunityComment"("isAccepted");

-- CreateIndex
CREATE INDEX "CommunityVote_targetType_targetId_idx" ON "plugin_community"."CommunityVote"("targetType", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "CommunityVote_profileId_targetType_targetId_key" ON "plugin_community"."CommunityVote"("profileId", "targetType", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "CommunityTag_name_key" ON "plugin_community"."CommunityTag"("name");

-- CreateIndex
CREATE UNIQUE INDEX "CommunityTag_slug_key" ON "plugin_community"."CommunityTag"("slug");

-- CreateIndex
CREATE INDEX "CommunityTag_slug_idx" ON "plugin_community"."CommunityTag"("slug");

-- CreateIndex
CREATE INDEX "CommunityTag_usageCount_idx" ON "plugin_community"."CommunityTag"("usageCount");

-- CreateIndex
CREATE UNIQUE INDEX "CommunityPostTag_postId_tagId_key" ON "plugin_community"."CommunityPostTag"("postId", "tagId");

-- CreateIndex
CREATE INDEX "CommunityReputationLog_profileId_idx" ON "plugin_community"."CommunityReputationLog"("profileId");

-- CreateIndex
CREATE INDEX "CommunityReputationLog_createdAt_idx" ON "plugin_community"."CommunityReputationLog"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CommunityBadge_name_key" ON "plugin_community"."CommunityBadge"("name");

-- CreateIndex
CREATE UNIQUE INDEX "CommunityBadge_slug_key" ON "plugin_community"."CommunityBadge"("slug");

-- CreateIndex
CREATE INDEX "CommunityBadge_slug_idx" ON "plugin_community"."CommunityBadge"("slug");

-- CreateIndex
CREATE INDEX "CommunityUserBadge_profileId_idx" ON "plugin_community"."CommunityUserBadge"("profileId");

-- CreateIndex
CREATE UNIQUE INDEX "CommunityUserBadge_profileId_badgeId_key" ON "plugin_community"."CommunityUserBadge"("profileId", "badgeId");

-- AddForeignKey
ALTER TABLE "plugin_community"."CommunityProfile" ADD CONSTRAINT "CommunityProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "public"."User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugin_community"."CommunityPost" ADD CONSTRAINT "CommunityPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "plugin_community"."CommunityProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugin_community"."CommunityComment" ADD CONSTRAINT "CommunityComment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "plugin_community"."CommunityPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugin_community"."CommunityComment" ADD CONSTRAINT "CommunityComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "plugin_community"."CommunityProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugin_community"."CommunityVote" ADD CONSTRAINT "CommunityVote_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "plugin_community"."CommunityProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugin_community"."CommunityVote" ADD CONSTRAINT "CommunityVote_postId_fkey" FOREIGN KEY ("postId") REFERENCES "plugin_community"."CommunityPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugin_community"."CommunityVote" ADD CONSTRAINT "CommunityVote_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "plugin_community"."CommunityComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugin_community"."CommunityPostTag" ADD CONSTRAINT "CommunityPostTag_postId_fkey" FOREIGN KEY ("postId") REFERENCES "plugin_community"."CommunityPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugin_community"."CommunityPostTag" ADD CONSTRAINT "CommunityPostTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "plugin_community"."CommunityTag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugin_community"."CommunityReputationLog" ADD CONSTRAINT "CommunityReputationLog_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "plugin_community"."CommunityProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugin_community"."CommunityUserBadge" ADD CONSTRAINT "CommunityUserBadge_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "plugin_community"."CommunityProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plugin_community"."CommunityUserBadge" ADD CONSTRAINT "CommunityUserBadge_badgeId_fkey" FOREIGN KEY ("badgeId") REFERENCES "plugin_community"."CommunityBadge"("id") ON DELETE CASCADE ON UPDATE CASCADE;
