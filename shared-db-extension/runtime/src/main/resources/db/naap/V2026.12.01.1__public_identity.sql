-- public: the platform's identity models (User, Session, Team, TeamMember, Role, UserRole) with the original
-- platform's physical names, columns, defaults, indexes and foreign keys, as its Prisma schema creates them. Plugin
-- services only read these tables; the platform's shell writes them. Every statement is idempotent, so this also
-- applies over a database the original platform created.

CREATE TABLE IF NOT EXISTS "public"."User" (
    "id" TEXT NOT NULL,
    "email" TEXT,
    "passwordHash" TEXT,
    "emailVerified" TIMESTAMP(3),
    "address" TEXT,
    "displayName" TEXT,
    "avatarUrl" TEXT,
    "bio" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "suspendedAt" TIMESTAMP(3),
    "suspendedReason" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "passwordResetRequired" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE IF NOT EXISTS "public"."Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "tokenHash" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "versionAtCreation" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

CREATE TABLE IF NOT EXISTS "public"."Team" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT,
    "avatarUrl" TEXT,
    "ownerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "billingAccountProviderSlug" TEXT,
    "billingAccountId" TEXT,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

CREATE TABLE IF NOT EXISTS "public"."TeamMember" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "invitedBy" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id")
);

CREATE TABLE IF NOT EXISTS "public"."Role" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "description" TEXT,
    "permissions" JSONB NOT NULL,
    "canAssign" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "inherits" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "scope" TEXT NOT NULL DEFAULT 'system',
    "pluginName" TEXT,
    "isSystem" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

CREATE TABLE IF NOT EXISTS "public"."UserRole" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "grantedBy" TEXT,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserRole_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX IF NOT EXISTS "User_email_key" ON "public"."User"("email");

CREATE UNIQUE INDEX IF NOT EXISTS "User_address_key" ON "public"."User"("address");

CREATE UNIQUE INDEX IF NOT EXISTS "Session_token_key" ON "public"."Session"("token");

CREATE UNIQUE INDEX IF NOT EXISTS "Session_tokenHash_key" ON "public"."Session"("tokenHash");

CREATE INDEX IF NOT EXISTS "Session_userId_idx" ON "public"."Session"("userId");

CREATE INDEX IF NOT EXISTS "Session_token_idx" ON "public"."Session"("token");

CREATE INDEX IF NOT EXISTS "Session_tokenHash_idx" ON "public"."Session"("tokenHash");

CREATE INDEX IF NOT EXISTS "Session_expiresAt_idx" ON "public"."Session"("expiresAt");

CREATE UNIQUE INDEX IF NOT EXISTS "Team_slug_key" ON "public"."Team"("slug");

CREATE INDEX IF NOT EXISTS "Team_ownerId_idx" ON "public"."Team"("ownerId");

CREATE INDEX IF NOT EXISTS "Team_billingAccountProviderSlug_idx" ON "public"."Team"("billingAccountProviderSlug");

CREATE INDEX IF NOT EXISTS "TeamMember_userId_idx" ON "public"."TeamMember"("userId");

CREATE INDEX IF NOT EXISTS "TeamMember_teamId_idx" ON "public"."TeamMember"("teamId");

CREATE INDEX IF NOT EXISTS "TeamMember_teamId_role_idx" ON "public"."TeamMember"("teamId", "role");

CREATE UNIQUE INDEX IF NOT EXISTS "TeamMember_teamId_userId_key" ON "public"."TeamMember"("teamId", "userId");

CREATE UNIQUE INDEX IF NOT EXISTS "Role_name_key" ON "public"."Role"("name");

CREATE INDEX IF NOT EXISTS "Role_scope_idx" ON "public"."Role"("scope");

CREATE INDEX IF NOT EXISTS "Role_pluginName_idx" ON "public"."Role"("pluginName");

CREATE INDEX IF NOT EXISTS "UserRole_userId_idx" ON "public"."UserRole"("userId");

CREATE UNIQUE INDEX IF NOT EXISTS "UserRole_userId_roleId_key" ON "public"."UserRole"("userId", "roleId");

DO $$ BEGIN
    ALTER TABLE "public"."Session" ADD CONSTRAINT "Session_userId_fkey"
        FOREIGN KEY ("userId") REFERENCES "public"."User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

DO $$ BEGIN
    ALTER TABLE "public"."Team" ADD CONSTRAINT "Team_ownerId_fkey"
        FOREIGN KEY ("ownerId") REFERENCES "public"."User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

DO $$ BEGIN
    ALTER TABLE "public"."TeamMember" ADD CONSTRAINT "TeamMember_teamId_fkey"
        FOREIGN KEY ("teamId") REFERENCES "public"."Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

DO $$ BEGIN
    ALTER TABLE "public"."TeamMember" ADD CONSTRAINT "TeamMember_userId_fkey"
        FOREIGN KEY ("userId") REFERENCES "public"."User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

DO $$ BEGIN
    ALTER TABLE "public"."UserRole" ADD CONSTRAINT "UserRole_roleId_fkey"
        FOREIGN KEY ("roleId") REFERENCES "public"."Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

DO $$ BEGIN
    ALTER TABLE "public"."UserRole" ADD CONSTRAINT "UserRole_userId_fkey"
        FOREIGN KEY ("userId") REFERENCES "public"."User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
