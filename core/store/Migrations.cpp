#include "store/Migrations.h"

#include <tuple>
#include <utility>

namespace pardesk {
namespace {

// Version 1: the domain of plans, targets, tasks, forms, submissions and index scores.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE provinces (
            code TEXT PRIMARY KEY CHECK (length(code) = 2),
            name TEXT NOT NULL,
            synthetic INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1))))"),
        QStringLiteral(R"(CREATE TABLE themes (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE agencies (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            province TEXT NOT NULL REFERENCES provinces(code),
            level TEXT NOT NULL CHECK (level IN ('province', 'department', 'district', 'commune')),
            parent_id INTEGER REFERENCES agencies(id),
            valid_from TEXT,
            valid_to TEXT,
            src TEXT))"),
        QStringLiteral(R"(CREATE TABLE agency_aliases (
            agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            PRIMARY KEY (agency_id, alias)))"),
        QStringLiteral(R"(CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            number TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('plan', 'report', 'decision', 'dispatch', 'resolution', 'directive', 'other')),
            type_label TEXT,
            issued TEXT,
            issuer_id INTEGER REFERENCES agencies(id),
            issuer TEXT,
            province TEXT NOT NULL REFERENCES provinces(code),
            year INTEGER,
            title TEXT NOT NULL,
            cited_by_id INTEGER REFERENCES documents(id),
            note TEXT,
            src TEXT))"),
        QStringLiteral(R"(CREATE TABLE document_legal_basis (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            citation TEXT NOT NULL,
            PRIMARY KEY (document_id, position)))"),
        QStringLiteral(R"(CREATE TABLE targets (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            stt TEXT NOT NULL,
            part INTEGER NOT NULL DEFAULT 1,
            area TEXT,
            text TEXT NOT NULL,
            fragment TEXT,
            indicator TEXT,
            theme TEXT REFERENCES themes(key),
            kind TEXT NOT NULL CHECK (kind IN ('level', 'reduction', 'qualitative')),
            comparator TEXT CHECK (comparator IN ('>=', '>', '=', '<=', '<', '~')),
            value REAL,
            unit TEXT,
            direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
            level TEXT CHECK (level IN ('province', 'district', 'commune')),
            baseline_year INTEGER,
            baseline_value REAL,
            aspirational INTEGER NOT NULL DEFAULT 0 CHECK (aspirational IN (0, 1)),
            timeframe TEXT,
            deadline TEXT,
            lead TEXT,
            coordinating TEXT,
            legal_basis TEXT,
            tasks_text TEXT,
            src TEXT,
            UNIQUE (document_id, stt, part),
            CHECK ((kind = 'qualitative') = (comparator IS NULL))))"),
        QStringLiteral(R"(CREATE TABLE target_agencies (
            target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            role TEXT NOT NULL CHECK (role IN ('lead', 'coordinating')),
            PRIMARY KEY (target_id, agency_id, role)))"),
        QStringLiteral(R"(CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            stt TEXT,
            grp TEXT,
            text TEXT NOT NULL,
            lead TEXT,
            coordinating TEXT,
            timeframe TEXT,
            deadline TEXT,
            output TEXT,
            target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
            src TEXT))"),
        QStringLiteral(R"(CREATE TABLE task_agencies (
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            role TEXT NOT NULL CHECK (role IN ('lead', 'coordinating')),
            PRIMARY KEY (task_id, agency_id, role)))"),
        QStringLiteral(R"(CREATE TABLE forms (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            province TEXT REFERENCES provinces(code),
            period_kinds TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            src TEXT))"),
        QStringLiteral(R"(CREATE TABLE form_items (
            id INTEGER PRIMARY KEY,
            form_id INTEGER NOT NULL REFERENCES forms(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            code_written TEXT,
            label TEXT NOT NULL,
            hint TEXT,
            unit TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('group', 'count', 'percent', 'yesno', 'choice', 'number', 'text')),
            formula TEXT,
            bold INTEGER NOT NULL DEFAULT 0,
            src TEXT,
            UNIQUE (form_id, code),
            UNIQUE (form_id, position)))"),
        QStringLiteral(R"(CREATE TABLE form_item_options (
            item_id INTEGER NOT NULL REFERENCES form_items(id) ON DELETE CASCADE,
            value INTEGER NOT NULL,
            label TEXT NOT NULL,
            PRIMARY KEY (item_id, value)))"),
        QStringLiteral(R"(CREATE TABLE submissions (
            id INTEGER PRIMARY KEY,
            form_id INTEGER NOT NULL REFERENCES forms(id),
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            period TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            submitted_at TEXT,
            explanation TEXT,
            document_id INTEGER REFERENCES documents(id),
            src TEXT,
            UNIQUE (form_id, agency_id, period)))"),
        QStringLiteral(R"(CREATE TABLE submission_values (
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES form_items(id),
            raw TEXT,
            value REAL,
            note TEXT,
            src TEXT,
            PRIMARY KEY (submission_id, item_id)))"),
        QStringLiteral(R"(CREATE TABLE dossier_counts (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            stt TEXT,
            field TEXT,
            procedure TEXT,
            received INTEGER,
            resolved INTEGER,
            early INTEGER,
            on_time INTEGER,
            note TEXT,
            src TEXT))"),
        QStringLiteral(R"(CREATE TABLE scores (
            id INTEGER PRIMARY KEY,
            index_kind TEXT NOT NULL CHECK (index_kind IN ('PAR', 'SIPAS', 'PAPI')),
            province TEXT NOT NULL REFERENCES provinces(code),
            year INTEGER NOT NULL,
            code TEXT,
            parent_code TEXT,
            name TEXT NOT NULL,
            achieved REAL,
            max REAL,
            unit TEXT,
            rank INTEGER,
            rank_of INTEGER,
            scope TEXT NOT NULL DEFAULT 'province' CHECK (scope IN ('province', 'agency', 'country')),
            note TEXT,
            src TEXT))"),
    };
}

// Version 2: the audit log, and indexes for the lookups the views make.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            "user" TEXT NOT NULL, -- quoted: a reserved word on PostgreSQL
            entity TEXT NOT NULL,
            entity_id INTEGER,
            action TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT))"),
        QStringLiteral("CREATE INDEX targets_theme ON targets(theme)"),
        QStringLiteral("CREATE INDEX tasks_document ON tasks(document_id)"),
        QStringLiteral("CREATE INDEX submissions_agency_period ON submissions(agency_id, period)"),
        QStringLiteral("CREATE INDEX audit_entity ON audit_log(entity, entity_id)"),
    };
}

// Version 3: a form item may be required; existing items are not.
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE form_items ADD COLUMN required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1))"),
    };
}

// Version 4: which form items measure a theme, so that a target can be set against reported figures.
QStringList version4()
{
    return {
        QStringLiteral(R"(CREATE TABLE indicators (
            id INTEGER PRIMARY KEY,
            theme TEXT NOT NULL REFERENCES themes(key),
            form_id INTEGER NOT NULL REFERENCES forms(id) ON DELETE CASCADE,
            item_code TEXT NOT NULL,
            level TEXT CHECK (level IN ('province', 'district', 'commune')),
            scope TEXT NOT NULL CHECK (scope IN ('province', 'agency')),
            why TEXT NOT NULL,
            UNIQUE (theme, form_id, item_code)))"),
    };
}

// Version 5: facts about the store itself, such as whether its figures are synthetic (StoreInfo.h).
QStringList version5()
{
    return {
        QStringLiteral(R"(CREATE TABLE store_info (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
    };
}

// Version 6 (dataset audit, issue 17): a recurring deadline is a list of due dates; a target may bind
// every unit it names ("100% các sở … đạt từ 80%"), so an aggregate cannot meet it; a submission may
// be filed by another agency than the one it reports for (Phụ lục 08: Sở TT&TT for the province).
QStringList version6()
{
    return {
        QStringLiteral("ALTER TABLE tasks ADD COLUMN due_dates TEXT"),
        QStringLiteral("ALTER TABLE targets ADD COLUMN each_unit INTEGER NOT NULL DEFAULT 0 CHECK (each_unit IN (0, 1))"),
        QStringLiteral("ALTER TABLE submissions ADD COLUMN submitted_by_id INTEGER REFERENCES agencies(id)"),
    };
}

// Version 7: signed packages. The receiving office's register of certificates (CertificateRegister)
// and the time it received each submission, which timeliness is judged by (the package's own
// submitted_at is only its claim). Self-contained: it touches nothing another migration adds.
QStringList version7()
{
    return {
        QStringLiteral(R"(CREATE TABLE certificates (
            id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('agency', 'authority')),
            agency_id INTEGER REFERENCES agencies(id) ON DELETE CASCADE,
            province TEXT REFERENCES provinces(code),
            subject TEXT NOT NULL,
            issuer TEXT NOT NULL,
            serial TEXT NOT NULL,
            not_before TEXT NOT NULL,
            not_after TEXT NOT NULL,
            der BLOB NOT NULL,
            how TEXT NOT NULL CHECK (how IN ('file', 'first_use')),
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL,
            CHECK ((kind = 'agency') = (agency_id IS NOT NULL))))"),
        QStringLiteral("CREATE INDEX certificates_agency ON certificates(agency_id)"),
        QStringLiteral("ALTER TABLE submissions ADD COLUMN received_at TEXT"),
    };
}

// Reads scoped by period (one quarter consolidated, a year of figures for the targets) find the
// form's submissions of those periods without walking the form's whole history. Indexes only.
QStringList version8()
{
    return {
        QStringLiteral("CREATE INDEX submissions_form_period ON submissions(form_id, period)"),
    };
}

// Version 9 (issue 15): PAR index self-assessment. A criteria set is data: its tree of nodes (a
// label may be NULL where the source counts a place but does not name it; a max may be NULL where
// it does not state it). A self-assessment scores one set for one agency and period; it keeps the
// self-scored and the appraised points side by side, and its evidence (a file with its digest, or
// a document number and date). Self-contained: it touches no table of an earlier version.
QStringList version9()
{
    return {
        QStringLiteral(R"(CREATE TABLE criteria_sets (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            document TEXT,
            year_from INTEGER NOT NULL,
            year_to INTEGER,
            agency_group TEXT NOT NULL CHECK (agency_group IN ('province', 'department', 'district', 'commune')),
            province TEXT REFERENCES provinces(code),
            note TEXT,
            src TEXT))"),
        QStringLiteral(R"(CREATE TABLE criteria_nodes (
            id INTEGER PRIMARY KEY,
            set_id INTEGER NOT NULL REFERENCES criteria_sets(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            parent_code TEXT,
            level TEXT NOT NULL CHECK (level IN ('area', 'criterion', 'sub')),
            label TEXT,
            max REAL,
            kind TEXT NOT NULL DEFAULT 'yesno' CHECK (kind IN ('yesno', 'points', 'levels', 'ratio', 'survey', 'deduction')),
            rate_full_at REAL NOT NULL DEFAULT 100,
            rate_form TEXT,
            rate_formula TEXT,
            evidence_required INTEGER NOT NULL DEFAULT 0 CHECK (evidence_required IN (0, 1)),
            responsible TEXT,
            plan_document TEXT,
            plan_stt TEXT,
            note TEXT,
            src TEXT,
            UNIQUE (set_id, code),
            UNIQUE (set_id, position)))"),
        QStringLiteral(R"(CREATE TABLE criteria_levels (
            node_id INTEGER NOT NULL REFERENCES criteria_nodes(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            label TEXT NOT NULL,
            points REAL NOT NULL,
            PRIMARY KEY (node_id, position)))"),
        QStringLiteral(R"(CREATE TABLE self_assessments (
            id INTEGER PRIMARY KEY,
            set_id INTEGER NOT NULL REFERENCES criteria_sets(id),
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            period TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'appraised')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            submitted_at TEXT,
            appraised_at TEXT,
            UNIQUE (set_id, agency_id, period)))"),
        QStringLiteral(R"(CREATE TABLE assessment_scores (
            assessment_id INTEGER NOT NULL REFERENCES self_assessments(id) ON DELETE CASCADE,
            node_code TEXT NOT NULL,
            points REAL,
            explanation TEXT,
            appraised REAL,
            comment TEXT,
            PRIMARY KEY (assessment_id, node_code)))"),
        QStringLiteral(R"(CREATE TABLE assessment_evidence (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES self_assessments(id) ON DELETE CASCADE,
            node_code TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('file', 'document')),
            file_name TEXT,
            sha256 TEXT,
            size INTEGER,
            content BLOB,
            doc_number TEXT,
            doc_date TEXT,
            added_at TEXT NOT NULL,
            CHECK ((kind = 'file') = (content IS NOT NULL AND sha256 IS NOT NULL)),
            CHECK (kind = 'file' OR doc_number IS NOT NULL)))"),
        QStringLiteral("CREATE INDEX assessment_evidence_node ON assessment_evidence(assessment_id, node_code)"),
    };
}

// Version 10 (issue 14), on a server only: who may do what, enforced by the server. Three group
// roles per database (its name and _province, _agency, _reader; roles are the cluster's, so one
// server can hold several provinces' stores), table rights for each, and row-level security on the
// agencies' reports and self-assessments and on the audit log. Which login is which (and an agency
// login's agency) is the table server_logins, which the policies read through current_user; the
// store's owner is in no role and, owning the tables, is not bound by the policies.
// Nothing on SQLite: whoever can open the file can write it.
QStringList version10Server()
{
    // Inlined rather than functions: a policy's subquery is bound to these tables when it is
    // created, where a function's body would be looked up on the caller's search_path.
    const QString role = QStringLiteral("(SELECT role FROM server_logins WHERE login = current_user)");
    const QString agency = QStringLiteral("(SELECT agency_id FROM server_logins WHERE login = current_user)");
    QStringList out = {
        QStringLiteral(R"(CREATE TABLE server_roles (
            role TEXT PRIMARY KEY CHECK (role IN ('province', 'agency', 'reader')),
            group_role TEXT NOT NULL UNIQUE))"),
        QStringLiteral(R"(CREATE TABLE server_logins (
            login TEXT PRIMARY KEY,
            role TEXT NOT NULL REFERENCES server_roles(role),
            agency_id BIGINT REFERENCES agencies(id) ON DELETE CASCADE,
            CHECK ((role = 'agency') = (agency_id IS NOT NULL))))"),
        // The group roles and what each may touch. The province writes everything but the logins and
        // the audit trail's past; an agency writes only its reports and self-assessments (the
        // policies below say which rows); a reader reads.
        QStringLiteral(R"(DO $$
DECLARE
    s text := current_schema();
    g_province text := current_database() || '_province';
    g_agency text := current_database() || '_agency';
    g_reader text := current_database() || '_reader';
    g text;
BEGIN
    IF length(current_database()) > 50 THEN
        RAISE EXCEPTION 'the database name % is longer than 50 characters: its roles would not fit', current_database();
    END IF;
    INSERT INTO server_roles(role, group_role) VALUES ('province', g_province), ('agency', g_agency), ('reader', g_reader);
    FOREACH g IN ARRAY ARRAY[g_province, g_agency, g_reader] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, g);
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', s, g);
    END LOOP;
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, g_province);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON server_roles, server_logins, schema_version FROM %I', g_province);
    EXECUTE format('REVOKE UPDATE, DELETE ON audit_log FROM %I', g_province);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON submissions, submission_values, self_assessments, '
                   'assessment_scores, assessment_evidence TO %I', g_agency);
    EXECUTE format('GRANT INSERT ON audit_log TO %I', g_agency);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I, %I', s, g_province, g_agency);
END $$)"),
    };
    // A report and a self-assessment: the province reads and writes all, a reader reads all, an
    // agency reads its own and writes them only while they are drafts (it may submit one, not
    // reopen, approve or appraise it).
    for (const auto &[parent, finalStates] : {std::pair{QStringLiteral("submissions"), QStringLiteral("'draft', 'submitted'")},
                                              std::pair{QStringLiteral("self_assessments"), QStringLiteral("'draft', 'submitted'")}}) {
        out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(parent)
            << QStringLiteral("CREATE POLICY province_all ON %1 USING (%2 = 'province') WITH CHECK (%2 = 'province')").arg(parent, role)
            << QStringLiteral("CREATE POLICY reader_reads ON %1 FOR SELECT USING (%2 = 'reader')").arg(parent, role)
            << QStringLiteral("CREATE POLICY agency_reads_own ON %1 FOR SELECT USING (agency_id = %2)").arg(parent, agency)
            << QStringLiteral("CREATE POLICY agency_creates_draft ON %1 FOR INSERT WITH CHECK (agency_id = %2 AND status = 'draft')")
                   .arg(parent, agency)
            << QStringLiteral("CREATE POLICY agency_writes_draft ON %1 FOR UPDATE USING (agency_id = %2 AND status = 'draft') "
                              "WITH CHECK (agency_id = %2 AND status IN (%3))")
                   .arg(parent, agency, finalStates)
            << QStringLiteral("CREATE POLICY agency_deletes_draft ON %1 FOR DELETE USING (agency_id = %2 AND status = 'draft')")
                   .arg(parent, agency);
    }
    // Their rows (values and notes, points, evidence) follow the report or self-assessment they belong to.
    for (const auto &[child, parent, link] : {std::tuple{QStringLiteral("submission_values"), QStringLiteral("submissions"), QStringLiteral("submission_id")},
                                              std::tuple{QStringLiteral("assessment_scores"), QStringLiteral("self_assessments"), QStringLiteral("assessment_id")},
                                              std::tuple{QStringLiteral("assessment_evidence"), QStringLiteral("self_assessments"), QStringLiteral("assessment_id")}}) {
        const QString draftOfMine = QStringLiteral("%1 IN (SELECT id FROM %2 WHERE agency_id = %3 AND status = 'draft')").arg(link, parent, agency);
        out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(child)
            << QStringLiteral("CREATE POLICY province_all ON %1 USING (%2 = 'province') WITH CHECK (%2 = 'province')").arg(child, role)
            << QStringLiteral("CREATE POLICY reader_reads ON %1 FOR SELECT USING (%2 = 'reader')").arg(child, role)
            << QStringLiteral("CREATE POLICY agency_reads_own ON %1 FOR SELECT USING (%2 IN (SELECT id FROM %3 WHERE agency_id = %4))")
                   .arg(child, link, parent, agency)
            << QStringLiteral("CREATE POLICY agency_writes_draft ON %1 USING (%2) WITH CHECK (%2)").arg(child, draftOfMine);
    }
    // The audit trail: read by the province and readers; an agency reads and appends the rows of its
    // own reports and self-assessments. Nobody but the owner changes a row once written (grants).
    const QString ofMine = QStringLiteral("(entity = 'submission' AND entity_id IN (SELECT id FROM submissions WHERE agency_id = %1)) "
                                          "OR (entity = 'self_assessment' AND entity_id IN (SELECT id FROM self_assessments WHERE agency_id = %1))")
                               .arg(agency);
    out << QStringLiteral("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("CREATE POLICY all_read ON audit_log FOR SELECT USING (%1 IN ('province', 'reader'))").arg(role)
        // A row names the login that wrote it (AuditLog writes current_user): no login signs for another.
        << QStringLiteral("CREATE POLICY province_appends ON audit_log FOR INSERT WITH CHECK (%1 = 'province' AND \"user\" = current_user)").arg(role)
        << QStringLiteral("CREATE POLICY agency_reads_own ON audit_log FOR SELECT USING (%1)").arg(ofMine)
        << QStringLiteral("CREATE POLICY agency_appends_own ON audit_log FOR INSERT WITH CHECK ((%1) AND \"user\" = current_user)").arg(ofMine);
    return out;
}

// Version 11, on a server: an agency's login withdraws its own sent self-assessment to correct it, as
// the provinces' scoring software allows (issue 15), but still neither reopens an appraised one nor
// changes a sent one otherwise. Permissive policies are OR-ed without pairing a policy's USING with
// its own WITH CHECK, so the trigger holds the pair: from "submitted" an agency goes to "draft" only.
QStringList version11Server()
{
    const QString agency = QStringLiteral("(SELECT agency_id FROM server_logins WHERE login = current_user)");
    return {
        QStringLiteral("CREATE POLICY agency_withdraws_sent ON self_assessments FOR UPDATE "
                       "USING (agency_id = %1 AND status = 'submitted') WITH CHECK (agency_id = %1 AND status = 'draft')")
            .arg(agency),
        // SET search_path FROM CURRENT: the body reads this store's server_logins whoever calls it.
        QStringLiteral(R"(CREATE FUNCTION self_assessment_agency_update() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    IF OLD.status <> 'draft' AND (SELECT role FROM server_logins WHERE login = current_user) = 'agency'
       AND (NEW.status <> 'draft' OR NEW.agency_id <> OLD.agency_id OR NEW.set_id <> OLD.set_id
            OR NEW.period <> OLD.period) THEN
        RAISE EXCEPTION 'new row violates row-level security policy for table "self_assessments"'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$)"),
        QStringLiteral("CREATE TRIGGER self_assessment_agency_update BEFORE UPDATE ON self_assessments "
                       "FOR EACH ROW EXECUTE FUNCTION self_assessment_agency_update()"),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, QStringLiteral("plans, targets, tasks, forms, submissions, scores"), version1()},
        {2, QStringLiteral("audit log and lookup indexes"), version2()},
        {3, QStringLiteral("required form items"), version3()},
        {4, QStringLiteral("form items that measure a theme"), version4()},
        {5, QStringLiteral("facts about the store (synthetic data)"), version5()},
        {6, QStringLiteral("recurring due dates, targets for every unit, who filed a submission"), version6()},
        {7, QStringLiteral("signed packages: certificates, received time"), version7()},
        {8, QStringLiteral("submissions by form and period"), version8()},
        {9, QStringLiteral("PAR index self-assessment: criteria sets, scores, evidence"), version9()},
        {kServerRolesVersion, QStringLiteral("on a server: roles, rights and row-level security per agency"), {}, version10Server()},
        {11, QStringLiteral("on a server: an agency withdraws its own sent self-assessment"), {}, version11Server()},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace pardesk
