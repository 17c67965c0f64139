-- Mine Action Mapper: the national database's roles, row-level security and
-- the review of operator submissions, for one mine action schema
-- (docs/postgis.md, "Roles and organisations").
--
-- "Set up national database roles" (Processing > Mine Action > Database)
-- fills the names in braces, quoted, and runs this script in one transaction;
-- its "Save the SQL" output is the filled script, for psql. Running it again
-- changes nothing. Run it as a superuser, or as a role with CREATEROLE that
-- owns the schema.
--
--   {schema}                              the mine action schema
--   {admin} {editor} {operator} {viewer}  its group roles, <schema>_admin ...
--   {schema_name} {admin_name} ...        the same names as text values
--   {reviewed} {reviewed_keys}            the tables operators submit records to, and
--                                         the fields that name a record of each
--   {national}                            the data tables national editors write

-- 1. Four group roles. They cannot log in: a login is added to one of them.
DO $roles$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY[{admin_name}, {editor_name}, {operator_name}, {viewer_name}] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
END
$roles$;

-- 2. Which organisation a login submits for (only administrators write it).
CREATE TABLE IF NOT EXISTS {schema}.organisation_members (
    login text PRIMARY KEY,
    organisation text NOT NULL CHECK (organisation <> ''));

CREATE OR REPLACE FUNCTION {schema}.mam_organisation() RETURNS text
LANGUAGE sql STABLE AS $function$
    SELECT organisation FROM {schema}.organisation_members WHERE login = session_user
$function$;

-- 3. The review: an operator's record is submitted until a national editor
-- approves or returns it; the reviewer and the time are stamped. An operator
-- changes or deletes only its own organisation's records, and never an
-- approved record's approval.
CREATE OR REPLACE FUNCTION {schema}.mam_review() RETURNS trigger
LANGUAGE plpgsql AS $function$
DECLARE
    own text;
    record_id text;
BEGIN
    IF NOT pg_has_role(current_user, {operator_name}, 'MEMBER')
            OR pg_has_role(current_user, {editor_name}, 'MEMBER')
            OR pg_has_role(current_user, {admin_name}, 'MEMBER') THEN
        -- national: a change of the review status is stamped
        IF TG_OP = 'UPDATE' AND NEW.review_status IS DISTINCT FROM OLD.review_status THEN
            NEW.reviewed_by := session_user;
            NEW.reviewed_at := now();
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    own := {schema}.mam_organisation();
    IF TG_OP <> 'INSERT' THEN
        SELECT string_agg(to_jsonb(OLD) ->> key, ' / ') INTO record_id
            FROM unnest(TG_ARGV) AS key;
        IF OLD.organisation IS DISTINCT FROM own THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format('%s %s: belongs to organisation %s, not to yours (%s): '
                                 'an operator changes only its own organisation''s '
                                 'records; nothing was saved.', TG_TABLE_NAME, record_id,
                                 coalesce(OLD.organisation, '-'), coalesce(own, '-'));
        END IF;
        IF TG_OP = 'DELETE' THEN
            IF OLD.review_status = 'approved' THEN
                RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                    MESSAGE = format('%s %s: approved by the national centre: an '
                                     'operator cannot delete it; nothing was saved.',
                                     TG_TABLE_NAME, record_id);
            END IF;
            RETURN OLD;
        END IF;
        IF NEW.review_status IS DISTINCT FROM OLD.review_status
                AND NEW.review_status IS DISTINCT FROM 'submitted' THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format('%s %s: only a national editor approves or returns a '
                                 'record; nothing was saved.', TG_TABLE_NAME, record_id);
        END IF;
    ELSIF coalesce(NEW.organisation, '') = '' THEN
        NEW.organisation := own;
    END IF;
    NEW.review_status := 'submitted';
    NEW.reviewed_by := NULL;
    NEW.reviewed_at := NULL;
    RETURN NEW;
END
$function$;

-- 4. Row-level security on the tables operators submit to: everyone with a
-- role reads every row; national editors write every row; an operator's new
-- or changed row must carry its own organisation (the trigger above refuses,
-- with a message, a change of another organisation's row, which a USING
-- clause would skip silently).
DO $tables$
DECLARE
    t text;
    arguments text;
BEGIN
    FOR i IN 1 .. array_length({reviewed}, 1) LOOP
        t := ({reviewed})[i];
        -- the fields that name a record in a refusal (as the row version trigger's)
        SELECT string_agg(quote_literal(key), ', ') INTO arguments
            FROM unnest(string_to_array(({reviewed_keys})[i], ',')) AS key;
        EXECUTE format('DROP TRIGGER IF EXISTS mam_review ON %I.%I', {schema_name}, t);
        EXECUTE format('CREATE TRIGGER mam_review BEFORE INSERT OR UPDATE OR DELETE ON %I.%I '
                       'FOR EACH ROW EXECUTE FUNCTION %I.mam_review(%s)',
                       {schema_name}, t, {schema_name}, arguments);
        EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', {schema_name}, t);
        EXECUTE format('DROP POLICY IF EXISTS mam_read ON %I.%I', {schema_name}, t);
        EXECUTE format('CREATE POLICY mam_read ON %I.%I FOR SELECT TO %I, %I USING (true)',
                       {schema_name}, t, {operator_name}, {viewer_name});
        EXECUTE format('DROP POLICY IF EXISTS mam_national ON %I.%I', {schema_name}, t);
        EXECUTE format('CREATE POLICY mam_national ON %I.%I FOR ALL TO %I, %I '
                       'USING (true) WITH CHECK (true)',
                       {schema_name}, t, {admin_name}, {editor_name});
        EXECUTE format('DROP POLICY IF EXISTS mam_operator_insert ON %I.%I', {schema_name}, t);
        EXECUTE format('CREATE POLICY mam_operator_insert ON %I.%I FOR INSERT TO %I '
                       'WITH CHECK (organisation = %I.mam_organisation() '
                       'AND review_status = %L)',
                       {schema_name}, t, {operator_name}, {schema_name}, 'submitted');
        EXECUTE format('DROP POLICY IF EXISTS mam_operator_update ON %I.%I', {schema_name}, t);
        EXECUTE format('CREATE POLICY mam_operator_update ON %I.%I FOR UPDATE TO %I '
                       'USING (true) WITH CHECK (organisation = %I.mam_organisation() '
                       'AND review_status = %L)',
                       {schema_name}, t, {operator_name}, {schema_name}, 'submitted');
        EXECUTE format('DROP POLICY IF EXISTS mam_operator_delete ON %I.%I', {schema_name}, t);
        EXECUTE format('CREATE POLICY mam_operator_delete ON %I.%I FOR DELETE TO %I '
                       'USING (true)', {schema_name}, t, {operator_name});
    END LOOP;
END
$tables$;

-- 5. Privileges. Administrators own the schema (its DDL: upgrades, lookups,
-- organisation members); the others read everything, editors write the
-- national records, operators the tables they submit to, viewers nothing.
GRANT {admin} TO CURRENT_USER;
ALTER SCHEMA {schema} OWNER TO {admin};
DO $owner$
DECLARE
    item record;
BEGIN
    FOR item IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = {schema_name} AND c.relkind IN ('r', 'p', 'v') LOOP
        EXECUTE format('ALTER TABLE %I.%I OWNER TO %I', {schema_name}, item.relname,
                       {admin_name});
    END LOOP;
    FOR item IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = {schema_name} LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', item.signature, {admin_name});
    END LOOP;
END
$owner$;

GRANT USAGE ON SCHEMA {schema} TO {editor}, {operator}, {viewer};
GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {editor}, {operator}, {viewer};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {editor}, {operator};
DO $grants$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY {national} LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I.%I TO %I', {schema_name}, t,
                       {editor_name});
    END LOOP;
    FOREACH t IN ARRAY {reviewed} LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I.%I TO %I', {schema_name}, t,
                       {operator_name});
    END LOOP;
    -- QGIS reads each layer's form and style there; a role that may not grant
    -- on it leaves the layers unstyled for the others, which is said
    BEGIN
        EXECUTE format('GRANT SELECT ON public.layer_styles TO %I, %I, %I, %I',
                       {admin_name}, {editor_name}, {operator_name}, {viewer_name});
    EXCEPTION WHEN insufficient_privilege OR undefined_table THEN
        RAISE WARNING 'public.layer_styles: cannot grant reading the stored styles';
    END;
END
$grants$;

-- @member: 6. When a login is given: it joins {group}; an operator's login
-- also names the organisation it submits for ({organisation}, {login_name}).
GRANT {group} TO {login};
INSERT INTO {schema}.organisation_members (login, organisation)
    SELECT {login_name}, {organisation} WHERE {organisation}::text IS NOT NULL
    ON CONFLICT (login) DO UPDATE SET organisation = EXCLUDED.organisation;
