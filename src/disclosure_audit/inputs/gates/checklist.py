# Generated from checklist.schema.json by `python -m disclosure_audit.inputs.gates`: do not edit.
# ruff: noqa
SOURCE = '44d2dd98c79a14ab19517e1a661067491f87eea79d33d81a046d0d56b2aed9aa'
VERSION = "2.22.3"
from decimal import Decimal
import re
from disclosure_audit.inputs.gates._raised import GateFailed as JsonSchemaValueException, GateFailedMany as JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Za-z0-9][A-Za-z0-9._-]*$': re.compile('^[A-Za-z0-9][A-Za-z0-9._-]*\\Z'),
    '^[a-z][a-z0-9_]*$': re.compile('^[a-z][a-z0-9_]*\\Z'),
    '^[0-9]{2}-[0-9]{2}$': re.compile('^[0-9]{2}-[0-9]{2}\\Z'),
    '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$': re.compile('^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+\\Z'),
    '^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$': re.compile('^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))\\Z')
}

NoneType = type(None)

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://disclosure-audit.invalid/schemas/checklist.schema.json', 'title': 'disclosure-audit checklist', 'description': "A checklist: either a base list (id, categories, items as a list) or a school's tailoring that extends one (items as a mapping of overrides keyed by item id).", 'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'source': {'type': 'string'}, 'extends': {'type': 'string', 'minLength': 1}, 'institution': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'required': ['name', 'kind'], 'additionalProperties': False}, 'review_period': {'type': 'object', 'properties': {'start': {'type': 'string', 'minLength': 1}, 'end': {'type': 'string', 'minLength': 1}}, 'required': ['start', 'end'], 'additionalProperties': False}, 'departments': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'office': {'type': 'string', 'minLength': 1, 'description': "The disclosure office's department: crawled rows no item matches, and site checks, are attributed to it; the annual report names it and files the application register under it. Default: the owner of item 6, else the first department."}, 'report': {'type': 'object', 'description': 'Settings of the annual report (report annual).', 'properties': {'kinds': {'type': 'array', 'description': "The kinds of information the report counts (a declaration row's kind must be one). Default: 公文类, 教学类, 科研类, 招生类, 就业类, 招聘类, 采购招投标类, 其他业务动态类.", 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'categories': {'type': 'array', 'items': {'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}}, 'required': ['id', 'title'], 'additionalProperties': False}}, 'channels': {'type': 'object', 'propertyNames': {'pattern': '^[a-z][a-z0-9_]*$'}, 'additionalProperties': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'name_en': {'type': 'string'}, 'group': {'enum': ['web', 'new_media', 'internal', 'other']}, 'public': {'type': 'boolean'}, 'column': {'type': 'boolean'}, 'linked_from_column': {'type': 'boolean'}, 'aliases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'scoring': {'type': 'object', 'properties': {'weights': {'type': 'object', 'properties': {'completeness': {'type': 'number', 'minimum': 0}, 'availability': {'type': 'number', 'minimum': 0}, 'timeliness': {'type': 'number', 'minimum': 0}, 'convenience': {'type': 'number', 'minimum': 0}}, 'additionalProperties': False}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'max_clicks': {'type': 'integer', 'minimum': 1, 'maximum': 20}, 'internal_only_scores_zero': {'type': 'boolean', 'description': 'An item published only on internal channels scores 0 (default true).'}}, 'additionalProperties': False}, 'ledger': {'type': 'object', 'properties': {'deadline_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}}, 'additionalProperties': False}, 'items': {}, 'waivers': {'type': 'array', 'items': {'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$'}, 'item': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/itemId'}, 'justification': {'type': 'string', 'minLength': 1}, 'approved_by': {'type': 'string'}, 'expires': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/date'}}, 'required': ['justification'], 'additionalProperties': False}}, 'notify': {'type': 'object', 'properties': {'webhooks': {'type': 'object', 'additionalProperties': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/webhook'}}, 'smtp': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/smtp'}, 'departments': {'type': 'object', 'additionalProperties': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/recipients'}}, 'delivery': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/delivery'}}, 'required': ['departments'], 'additionalProperties': False}, 'classification': {'description': 'How CMS titles are matched to items: exclusion patterns (news, meetings, procedures), generic words, the margin a winner needs, and keywords a school adds to items. Patterns: … (or ...) is a gap, / separates alternatives.', 'type': 'object', 'properties': {'exclude': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'generic': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'margin': {'type': 'integer', 'minimum': 1, 'maximum': 20}, 'keywords': {'type': 'object', 'propertyNames': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}}, 'additionalProperties': False}, 'site': {'type': 'object', 'description': "Settings for the school's website (crawl): per-column rules, tried in order before the built-in ones.", 'properties': {'columns': {'type': 'array', 'items': {'type': 'object', 'properties': {'match': {'type': 'string', 'minLength': 1}, 'update_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/limit'}, 'department': {'type': 'string', 'minLength': 1}}, 'required': ['match'], 'anyOf': [{'required': ['update_within']}, {'required': ['department']}], 'additionalProperties': False}}}, 'additionalProperties': False}}, 'additionalProperties': False, 'if': {'required': ['extends']}, 'then': {'properties': {'items': {'type': 'object', 'propertyNames': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'additionalProperties': {'type': 'object', 'properties': {'id': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/itemId'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/element'}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/kinds'}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/publishWithin'}, 'measures': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'measures_en': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'element_keywords': {'type': 'object', 'additionalProperties': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'exclude_keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'additionalProperties': False}}}}, 'else': {'required': ['id', 'categories', 'items'], 'properties': {'items': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'category', 'title', 'elements', 'cadence'], 'properties': {'id': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/itemId'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/element'}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/kinds'}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/publishWithin'}, 'measures': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'measures_en': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'element_keywords': {'type': 'object', 'additionalProperties': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'exclude_keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'additionalProperties': False}}}}, '$defs': {'date': {'type': 'string', 'minLength': 1}, 'itemId': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}}, 'required': ['id', 'title'], 'additionalProperties': False}, 'channel': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'name_en': {'type': 'string'}, 'group': {'enum': ['web', 'new_media', 'internal', 'other']}, 'public': {'type': 'boolean'}, 'column': {'type': 'boolean'}, 'linked_from_column': {'type': 'boolean'}, 'aliases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'itemFields': {'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'measures_en': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'element_keywords': {'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'exclude_keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}}, 'item': {'type': 'object', 'required': ['id', 'category', 'title', 'elements', 'cadence'], 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'measures_en': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'element_keywords': {'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'exclude_keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'itemOverride': {'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'measures_en': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'element_keywords': {'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'exclude_keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'waiver': {'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$'}, 'item': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'justification': {'type': 'string', 'minLength': 1}, 'approved_by': {'type': 'string'}, 'expires': {'type': 'string', 'minLength': 1}}, 'required': ['justification'], 'additionalProperties': False}, 'envName': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'literalSecret': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'email': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}, 'notify': {'type': 'object', 'properties': {'webhooks': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'type': {'enum': ['wecom', 'dingtalk']}, 'url_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'secret_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'webhook': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'key': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'token': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'access_token': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'secret': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}}, 'required': ['type'], 'additionalProperties': False}}, 'smtp': {'type': 'object', 'properties': {'host': {'type': 'string', 'minLength': 1}, 'port': {'type': 'integer', 'minimum': 1, 'maximum': 65535}, 'sender': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/email'}, 'username': {'type': 'string', 'minLength': 1}, 'password_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'password': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}}, 'required': ['host', 'sender'], 'additionalProperties': False}, 'departments': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'webhooks': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'array', 'uniqueItems': True, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/email'}}}, 'additionalProperties': False}}, 'delivery': {'type': 'object', 'properties': {'attempts': {'type': 'integer', 'minimum': 1, 'maximum': 5}, 'backoff': {'type': 'number', 'minimum': 0, 'maximum': 10}, 'timeout': {'type': 'number', 'minimum': 0.01, 'maximum': 60}, 'deadline': {'type': 'number', 'minimum': 0.01, 'maximum': 300}, 'total': {'type': 'number', 'minimum': 0.01, 'maximum': 3600}}, 'additionalProperties': False}}, 'required': ['departments'], 'additionalProperties': False}, 'webhook': {'type': 'object', 'properties': {'type': {'enum': ['wecom', 'dingtalk']}, 'url_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'secret_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'url': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'webhook': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'key': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'token': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'access_token': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'secret': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}}, 'required': ['type'], 'additionalProperties': False}, 'smtp': {'type': 'object', 'properties': {'host': {'type': 'string', 'minLength': 1}, 'port': {'type': 'integer', 'minimum': 1, 'maximum': 65535}, 'sender': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}, 'username': {'type': 'string', 'minLength': 1}, 'password_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'password': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}}, 'required': ['host', 'sender'], 'additionalProperties': False}, 'recipients': {'type': 'object', 'properties': {'webhooks': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}}}, 'additionalProperties': False}, 'delivery': {'type': 'object', 'properties': {'attempts': {'type': 'integer', 'minimum': 1, 'maximum': 5}, 'backoff': {'type': 'number', 'minimum': 0, 'maximum': 10}, 'timeout': {'type': 'number', 'minimum': 0.01, 'maximum': 60}, 'deadline': {'type': 'number', 'minimum': 0.01, 'maximum': 300}, 'total': {'type': 'number', 'minimum': 0.01, 'maximum': 3600}}, 'additionalProperties': False}, 'element': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}, 'kinds': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'publishWithin': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'patterns': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'limit': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'columnRule': {'type': 'object', 'properties': {'match': {'type': 'string', 'minLength': 1}, 'update_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'department': {'type': 'string', 'minLength': 1}}, 'required': ['match'], 'anyOf': [{'required': ['update_within']}, {'required': ['department']}], 'additionalProperties': False}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, rule='type')
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9._-]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[A-Za-z0-9][A-Za-z0-9._-]*$", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, rule='pattern')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title_en" in data_keys:
            data_keys.remove("title_en")
            data__titleen = data["title_en"]
            if not isinstance(data__titleen, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title_en must be string", value=data__titleen, name="" + (name_prefix or "data") + ".title_en", definition={'type': 'string'}, rule='type')
        if "source" in data_keys:
            data_keys.remove("source")
            data__source = data["source"]
            if not isinstance(data__source, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".source must be string", value=data__source, name="" + (name_prefix or "data") + ".source", definition={'type': 'string'}, rule='type')
        if "extends" in data_keys:
            data_keys.remove("extends")
            data__extends = data["extends"]
            if not isinstance(data__extends, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".extends must be string", value=data__extends, name="" + (name_prefix or "data") + ".extends", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__extends, str):
                data__extends_len = len(data__extends)
                if data__extends_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".extends must be longer than or equal to 1 characters", value=data__extends, name="" + (name_prefix or "data") + ".extends", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "institution" in data_keys:
            data_keys.remove("institution")
            data__institution = data["institution"]
            if not isinstance(data__institution, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".institution must be object", value=data__institution, name="" + (name_prefix or "data") + ".institution", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'required': ['name', 'kind'], 'additionalProperties': False}, rule='type')
            data__institution_is_dict = isinstance(data__institution, dict)
            if data__institution_is_dict:
                data__institution__missing_keys = set(['name', 'kind']) - data__institution.keys()
                if data__institution__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".institution must contain " + (str(sorted(data__institution__missing_keys)) + " properties"), value=data__institution, name="" + (name_prefix or "data") + ".institution", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'required': ['name', 'kind'], 'additionalProperties': False}, rule='required')
                data__institution_keys = set(data__institution.keys())
                if "name" in data__institution_keys:
                    data__institution_keys.remove("name")
                    data__institution__name = data__institution["name"]
                    if not isinstance(data__institution__name, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".institution.name must be string", value=data__institution__name, name="" + (name_prefix or "data") + ".institution.name", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__institution__name, str):
                        data__institution__name_len = len(data__institution__name)
                        if data__institution__name_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".institution.name must be longer than or equal to 1 characters", value=data__institution__name, name="" + (name_prefix or "data") + ".institution.name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "kind" in data__institution_keys:
                    data__institution_keys.remove("kind")
                    data__institution__kind = data__institution["kind"]
                    if not (isinstance(data__institution__kind, str) and data__institution__kind == 'vocational' or isinstance(data__institution__kind, str) and data__institution__kind == 'undergraduate' or isinstance(data__institution__kind, str) and data__institution__kind == 'graduate'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".institution.kind must be one of ['vocational', 'undergraduate', 'graduate']", value=data__institution__kind, name="" + (name_prefix or "data") + ".institution.kind", definition={'enum': ['vocational', 'undergraduate', 'graduate']}, rule='enum')
                if data__institution_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".institution must not contain "+str(data__institution_keys)+" properties", value=data__institution, name="" + (name_prefix or "data") + ".institution", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'required': ['name', 'kind'], 'additionalProperties': False}, rule='additionalProperties')
        if "review_period" in data_keys:
            data_keys.remove("review_period")
            data__reviewperiod = data["review_period"]
            if not isinstance(data__reviewperiod, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".review_period must be object", value=data__reviewperiod, name="" + (name_prefix or "data") + ".review_period", definition={'type': 'object', 'properties': {'start': {'type': 'string', 'minLength': 1}, 'end': {'type': 'string', 'minLength': 1}}, 'required': ['start', 'end'], 'additionalProperties': False}, rule='type')
            data__reviewperiod_is_dict = isinstance(data__reviewperiod, dict)
            if data__reviewperiod_is_dict:
                data__reviewperiod__missing_keys = set(['start', 'end']) - data__reviewperiod.keys()
                if data__reviewperiod__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".review_period must contain " + (str(sorted(data__reviewperiod__missing_keys)) + " properties"), value=data__reviewperiod, name="" + (name_prefix or "data") + ".review_period", definition={'type': 'object', 'properties': {'start': {'type': 'string', 'minLength': 1}, 'end': {'type': 'string', 'minLength': 1}}, 'required': ['start', 'end'], 'additionalProperties': False}, rule='required')
                data__reviewperiod_keys = set(data__reviewperiod.keys())
                if "start" in data__reviewperiod_keys:
                    data__reviewperiod_keys.remove("start")
                    data__reviewperiod__start = data__reviewperiod["start"]
                    validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_date(data__reviewperiod__start, custom_formats, name_prefix)
                if "end" in data__reviewperiod_keys:
                    data__reviewperiod_keys.remove("end")
                    data__reviewperiod__end = data__reviewperiod["end"]
                    validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_date(data__reviewperiod__end, custom_formats, name_prefix)
                if data__reviewperiod_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".review_period must not contain "+str(data__reviewperiod_keys)+" properties", value=data__reviewperiod, name="" + (name_prefix or "data") + ".review_period", definition={'type': 'object', 'properties': {'start': {'type': 'string', 'minLength': 1}, 'end': {'type': 'string', 'minLength': 1}}, 'required': ['start', 'end'], 'additionalProperties': False}, rule='additionalProperties')
        if "departments" in data_keys:
            data_keys.remove("departments")
            data__departments = data["departments"]
            if not isinstance(data__departments, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".departments must be array", value=data__departments, name="" + (name_prefix or "data") + ".departments", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__departments_is_list = isinstance(data__departments, (list, tuple))
            if data__departments_is_list:
                data__departments_len = len(data__departments)
                for data__departments_x, data__departments_item in enumerate(data__departments):
                    if not isinstance(data__departments_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".departments[{data__departments_x}]".format(**locals()) + " must be string", value=data__departments_item, name="" + (name_prefix or "data") + ".departments[{data__departments_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__departments_item, str):
                        data__departments_item_len = len(data__departments_item)
                        if data__departments_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".departments[{data__departments_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__departments_item, name="" + (name_prefix or "data") + ".departments[{data__departments_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "office" in data_keys:
            data_keys.remove("office")
            data__office = data["office"]
            if not isinstance(data__office, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".office must be string", value=data__office, name="" + (name_prefix or "data") + ".office", definition={'type': 'string', 'minLength': 1, 'description': "The disclosure office's department: crawled rows no item matches, and site checks, are attributed to it; the annual report names it and files the application register under it. Default: the owner of item 6, else the first department."}, rule='type')
            if isinstance(data__office, str):
                data__office_len = len(data__office)
                if data__office_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".office must be longer than or equal to 1 characters", value=data__office, name="" + (name_prefix or "data") + ".office", definition={'type': 'string', 'minLength': 1, 'description': "The disclosure office's department: crawled rows no item matches, and site checks, are attributed to it; the annual report names it and files the application register under it. Default: the owner of item 6, else the first department."}, rule='minLength')
        if "report" in data_keys:
            data_keys.remove("report")
            data__report = data["report"]
            if not isinstance(data__report, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".report must be object", value=data__report, name="" + (name_prefix or "data") + ".report", definition={'type': 'object', 'description': 'Settings of the annual report (report annual).', 'properties': {'kinds': {'type': 'array', 'description': "The kinds of information the report counts (a declaration row's kind must be one). Default: 公文类, 教学类, 科研类, 招生类, 就业类, 招聘类, 采购招投标类, 其他业务动态类.", 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='type')
            data__report_is_dict = isinstance(data__report, dict)
            if data__report_is_dict:
                data__report_keys = set(data__report.keys())
                if "kinds" in data__report_keys:
                    data__report_keys.remove("kinds")
                    data__report__kinds = data__report["kinds"]
                    if not isinstance(data__report__kinds, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.kinds must be array", value=data__report__kinds, name="" + (name_prefix or "data") + ".report.kinds", definition={'type': 'array', 'description': "The kinds of information the report counts (a declaration row's kind must be one). Default: 公文类, 教学类, 科研类, 招生类, 就业类, 招聘类, 采购招投标类, 其他业务动态类.", 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='type')
                    data__report__kinds_is_list = isinstance(data__report__kinds, (list, tuple))
                    if data__report__kinds_is_list:
                        data__report__kinds_len = len(data__report__kinds)
                        if data__report__kinds_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.kinds must contain at least 1 items", value=data__report__kinds, name="" + (name_prefix or "data") + ".report.kinds", definition={'type': 'array', 'description': "The kinds of information the report counts (a declaration row's kind must be one). Default: 公文类, 教学类, 科研类, 招生类, 就业类, 招聘类, 采购招投标类, 其他业务动态类.", 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='minItems')
                        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                        if data__report__kinds_len > len(set(fn(data__report__kinds_x) for data__report__kinds_x in data__report__kinds)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.kinds must contain unique items", value=data__report__kinds, name="" + (name_prefix or "data") + ".report.kinds", definition={'type': 'array', 'description': "The kinds of information the report counts (a declaration row's kind must be one). Default: 公文类, 教学类, 科研类, 招生类, 就业类, 招聘类, 采购招投标类, 其他业务动态类.", 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='uniqueItems')
                        for data__report__kinds_x, data__report__kinds_item in enumerate(data__report__kinds):
                            if not isinstance(data__report__kinds_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.kinds[{data__report__kinds_x}]".format(**locals()) + " must be string", value=data__report__kinds_item, name="" + (name_prefix or "data") + ".report.kinds[{data__report__kinds_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                            if isinstance(data__report__kinds_item, str):
                                data__report__kinds_item_len = len(data__report__kinds_item)
                                if data__report__kinds_item_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".report.kinds[{data__report__kinds_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__report__kinds_item, name="" + (name_prefix or "data") + ".report.kinds[{data__report__kinds_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if data__report_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".report must not contain "+str(data__report_keys)+" properties", value=data__report, name="" + (name_prefix or "data") + ".report", definition={'type': 'object', 'description': 'Settings of the annual report (report annual).', 'properties': {'kinds': {'type': 'array', 'description': "The kinds of information the report counts (a declaration row's kind must be one). Default: 公文类, 教学类, 科研类, 招生类, 就业类, 招聘类, 采购招投标类, 其他业务动态类.", 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='additionalProperties')
        if "categories" in data_keys:
            data_keys.remove("categories")
            data__categories = data["categories"]
            if not isinstance(data__categories, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".categories must be array", value=data__categories, name="" + (name_prefix or "data") + ".categories", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}}, 'required': ['id', 'title'], 'additionalProperties': False}}, rule='type')
            data__categories_is_list = isinstance(data__categories, (list, tuple))
            if data__categories_is_list:
                data__categories_len = len(data__categories)
                for data__categories_x, data__categories_item in enumerate(data__categories):
                    validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_category(data__categories_item, custom_formats, name_prefix)
        if "channels" in data_keys:
            data_keys.remove("channels")
            data__channels = data["channels"]
            if not isinstance(data__channels, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".channels must be object", value=data__channels, name="" + (name_prefix or "data") + ".channels", definition={'type': 'object', 'propertyNames': {'pattern': '^[a-z][a-z0-9_]*$'}, 'additionalProperties': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'name_en': {'type': 'string'}, 'group': {'enum': ['web', 'new_media', 'internal', 'other']}, 'public': {'type': 'boolean'}, 'column': {'type': 'boolean'}, 'linked_from_column': {'type': 'boolean'}, 'aliases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, rule='type')
            data__channels_is_dict = isinstance(data__channels, dict)
            if data__channels_is_dict:
                data__channels_keys = set(data__channels.keys())
                for data__channels_key in data__channels_keys:
                    if data__channels_key not in []:
                        data__channels_value = data__channels.get(data__channels_key)
                        validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_channel(data__channels_value, custom_formats, name_prefix)
                data__channels_len = len(data__channels)
                if data__channels_len != 0:
                    data__channels_property_names = True
                    for data__channels_key in data__channels:
                        try:
                            if isinstance(data__channels_key, str):
                                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__channels_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".channels must match pattern ^[a-z][a-z0-9_]*$", value=data__channels_key, name="" + (name_prefix or "data") + ".channels", definition={'pattern': '^[a-z][a-z0-9_]*$'}, rule='pattern')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__channels_property_names = False
                    if not data__channels_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".channels must be named by propertyName definition", value=data__channels, name="" + (name_prefix or "data") + ".channels", definition={'type': 'object', 'propertyNames': {'pattern': '^[a-z][a-z0-9_]*$'}, 'additionalProperties': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'name_en': {'type': 'string'}, 'group': {'enum': ['web', 'new_media', 'internal', 'other']}, 'public': {'type': 'boolean'}, 'column': {'type': 'boolean'}, 'linked_from_column': {'type': 'boolean'}, 'aliases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, rule='propertyNames')
        if "scoring" in data_keys:
            data_keys.remove("scoring")
            data__scoring = data["scoring"]
            if not isinstance(data__scoring, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring must be object", value=data__scoring, name="" + (name_prefix or "data") + ".scoring", definition={'type': 'object', 'properties': {'weights': {'type': 'object', 'properties': {'completeness': {'type': 'number', 'minimum': 0}, 'availability': {'type': 'number', 'minimum': 0}, 'timeliness': {'type': 'number', 'minimum': 0}, 'convenience': {'type': 'number', 'minimum': 0}}, 'additionalProperties': False}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'max_clicks': {'type': 'integer', 'minimum': 1, 'maximum': 20}, 'internal_only_scores_zero': {'type': 'boolean', 'description': 'An item published only on internal channels scores 0 (default true).'}}, 'additionalProperties': False}, rule='type')
            data__scoring_is_dict = isinstance(data__scoring, dict)
            if data__scoring_is_dict:
                data__scoring_keys = set(data__scoring.keys())
                if "weights" in data__scoring_keys:
                    data__scoring_keys.remove("weights")
                    data__scoring__weights = data__scoring["weights"]
                    if not isinstance(data__scoring__weights, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.weights must be object", value=data__scoring__weights, name="" + (name_prefix or "data") + ".scoring.weights", definition={'type': 'object', 'properties': {'completeness': {'type': 'number', 'minimum': 0}, 'availability': {'type': 'number', 'minimum': 0}, 'timeliness': {'type': 'number', 'minimum': 0}, 'convenience': {'type': 'number', 'minimum': 0}}, 'additionalProperties': False}, rule='type')
                    data__scoring__weights_is_dict = isinstance(data__scoring__weights, dict)
                    if data__scoring__weights_is_dict:
                        data__scoring__weights_keys = set(data__scoring__weights.keys())
                        if "completeness" in data__scoring__weights_keys:
                            data__scoring__weights_keys.remove("completeness")
                            data__scoring__weights__completeness = data__scoring__weights["completeness"]
                            if not isinstance(data__scoring__weights__completeness, (int, float, Decimal)) or isinstance(data__scoring__weights__completeness, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.weights.completeness must be number", value=data__scoring__weights__completeness, name="" + (name_prefix or "data") + ".scoring.weights.completeness", definition={'type': 'number', 'minimum': 0}, rule='type')
                            if isinstance(data__scoring__weights__completeness, (int, float, Decimal)) and not isinstance(data__scoring__weights__completeness, bool):
                                if data__scoring__weights__completeness < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.weights.completeness must be bigger than or equal to 0", value=data__scoring__weights__completeness, name="" + (name_prefix or "data") + ".scoring.weights.completeness", definition={'type': 'number', 'minimum': 0}, rule='minimum')
                        if "availability" in data__scoring__weights_keys:
                            data__scoring__weights_keys.remove("availability")
                            data__scoring__weights__availability = data__scoring__weights["availability"]
                            if not isinstance(data__scoring__weights__availability, (int, float, Decimal)) or isinstance(data__scoring__weights__availability, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.weights.availability must be number", value=data__scoring__weights__availability, name="" + (name_prefix or "data") + ".scoring.weights.availability", definition={'type': 'number', 'minimum': 0}, rule='type')
                            if isinstance(data__scoring__weights__availability, (int, float, Decimal)) and not isinstance(data__scoring__weights__availability, bool):
                                if data__scoring__weights__availability < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.weights.availability must be bigger than or equal to 0", value=data__scoring__weights__availability, name="" + (name_prefix or "data") + ".scoring.weights.availability", definition={'type': 'number', 'minimum': 0}, rule='minimum')
                        if "timeliness" in data__scoring__weights_keys:
                            data__scoring__weights_keys.remove("timeliness")
                            data__scoring__weights__timeliness = data__scoring__weights["timeliness"]
                            if not isinstance(data__scoring__weights__timeliness, (int, float, Decimal)) or isinstance(data__scoring__weights__timeliness, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.weights.timeliness must be number", value=data__scoring__weights__timeliness, name="" + (name_prefix or "data") + ".scoring.weights.timeliness", definition={'type': 'number', 'minimum': 0}, rule='type')
                            if isinstance(data__scoring__weights__timeliness, (int, float, Decimal)) and not isinstance(data__scoring__weights__timeliness, bool):
                                if data__scoring__weights__timeliness < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.weights.timeliness must be bigger than or equal to 0", value=data__scoring__weights__timeliness, name="" + (name_prefix or "data") + ".scoring.weights.timeliness", definition={'type': 'number', 'minimum': 0}, rule='minimum')
                        if "convenience" in data__scoring__weights_keys:
                            data__scoring__weights_keys.remove("convenience")
                            data__scoring__weights__convenience = data__scoring__weights["convenience"]
                            if not isinstance(data__scoring__weights__convenience, (int, float, Decimal)) or isinstance(data__scoring__weights__convenience, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.weights.convenience must be number", value=data__scoring__weights__convenience, name="" + (name_prefix or "data") + ".scoring.weights.convenience", definition={'type': 'number', 'minimum': 0}, rule='type')
                            if isinstance(data__scoring__weights__convenience, (int, float, Decimal)) and not isinstance(data__scoring__weights__convenience, bool):
                                if data__scoring__weights__convenience < 0:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.weights.convenience must be bigger than or equal to 0", value=data__scoring__weights__convenience, name="" + (name_prefix or "data") + ".scoring.weights.convenience", definition={'type': 'number', 'minimum': 0}, rule='minimum')
                        if data__scoring__weights_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.weights must not contain "+str(data__scoring__weights_keys)+" properties", value=data__scoring__weights, name="" + (name_prefix or "data") + ".scoring.weights", definition={'type': 'object', 'properties': {'completeness': {'type': 'number', 'minimum': 0}, 'availability': {'type': 'number', 'minimum': 0}, 'timeliness': {'type': 'number', 'minimum': 0}, 'convenience': {'type': 'number', 'minimum': 0}}, 'additionalProperties': False}, rule='additionalProperties')
                if "publish_within_workdays" in data__scoring_keys:
                    data__scoring_keys.remove("publish_within_workdays")
                    data__scoring__publishwithinworkdays = data__scoring["publish_within_workdays"]
                    if not isinstance(data__scoring__publishwithinworkdays, (int)) and not (isinstance(data__scoring__publishwithinworkdays, float) and data__scoring__publishwithinworkdays.is_integer()) or isinstance(data__scoring__publishwithinworkdays, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.publish_within_workdays must be integer", value=data__scoring__publishwithinworkdays, name="" + (name_prefix or "data") + ".scoring.publish_within_workdays", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='type')
                    if isinstance(data__scoring__publishwithinworkdays, (int, float, Decimal)) and not isinstance(data__scoring__publishwithinworkdays, bool):
                        if data__scoring__publishwithinworkdays < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.publish_within_workdays must be bigger than or equal to 1", value=data__scoring__publishwithinworkdays, name="" + (name_prefix or "data") + ".scoring.publish_within_workdays", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='minimum')
                        if data__scoring__publishwithinworkdays > 365:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.publish_within_workdays must be smaller than or equal to 365", value=data__scoring__publishwithinworkdays, name="" + (name_prefix or "data") + ".scoring.publish_within_workdays", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='maximum')
                if "max_clicks" in data__scoring_keys:
                    data__scoring_keys.remove("max_clicks")
                    data__scoring__maxclicks = data__scoring["max_clicks"]
                    if not isinstance(data__scoring__maxclicks, (int)) and not (isinstance(data__scoring__maxclicks, float) and data__scoring__maxclicks.is_integer()) or isinstance(data__scoring__maxclicks, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.max_clicks must be integer", value=data__scoring__maxclicks, name="" + (name_prefix or "data") + ".scoring.max_clicks", definition={'type': 'integer', 'minimum': 1, 'maximum': 20}, rule='type')
                    if isinstance(data__scoring__maxclicks, (int, float, Decimal)) and not isinstance(data__scoring__maxclicks, bool):
                        if data__scoring__maxclicks < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.max_clicks must be bigger than or equal to 1", value=data__scoring__maxclicks, name="" + (name_prefix or "data") + ".scoring.max_clicks", definition={'type': 'integer', 'minimum': 1, 'maximum': 20}, rule='minimum')
                        if data__scoring__maxclicks > 20:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.max_clicks must be smaller than or equal to 20", value=data__scoring__maxclicks, name="" + (name_prefix or "data") + ".scoring.max_clicks", definition={'type': 'integer', 'minimum': 1, 'maximum': 20}, rule='maximum')
                if "internal_only_scores_zero" in data__scoring_keys:
                    data__scoring_keys.remove("internal_only_scores_zero")
                    data__scoring__internalonlyscoreszero = data__scoring["internal_only_scores_zero"]
                    if not isinstance(data__scoring__internalonlyscoreszero, (bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring.internal_only_scores_zero must be boolean", value=data__scoring__internalonlyscoreszero, name="" + (name_prefix or "data") + ".scoring.internal_only_scores_zero", definition={'type': 'boolean', 'description': 'An item published only on internal channels scores 0 (default true).'}, rule='type')
                if data__scoring_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scoring must not contain "+str(data__scoring_keys)+" properties", value=data__scoring, name="" + (name_prefix or "data") + ".scoring", definition={'type': 'object', 'properties': {'weights': {'type': 'object', 'properties': {'completeness': {'type': 'number', 'minimum': 0}, 'availability': {'type': 'number', 'minimum': 0}, 'timeliness': {'type': 'number', 'minimum': 0}, 'convenience': {'type': 'number', 'minimum': 0}}, 'additionalProperties': False}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'max_clicks': {'type': 'integer', 'minimum': 1, 'maximum': 20}, 'internal_only_scores_zero': {'type': 'boolean', 'description': 'An item published only on internal channels scores 0 (default true).'}}, 'additionalProperties': False}, rule='additionalProperties')
        if "ledger" in data_keys:
            data_keys.remove("ledger")
            data__ledger = data["ledger"]
            if not isinstance(data__ledger, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ledger must be object", value=data__ledger, name="" + (name_prefix or "data") + ".ledger", definition={'type': 'object', 'properties': {'deadline_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}}, 'additionalProperties': False}, rule='type')
            data__ledger_is_dict = isinstance(data__ledger, dict)
            if data__ledger_is_dict:
                data__ledger_keys = set(data__ledger.keys())
                if "deadline_workdays" in data__ledger_keys:
                    data__ledger_keys.remove("deadline_workdays")
                    data__ledger__deadlineworkdays = data__ledger["deadline_workdays"]
                    if not isinstance(data__ledger__deadlineworkdays, (int)) and not (isinstance(data__ledger__deadlineworkdays, float) and data__ledger__deadlineworkdays.is_integer()) or isinstance(data__ledger__deadlineworkdays, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".ledger.deadline_workdays must be integer", value=data__ledger__deadlineworkdays, name="" + (name_prefix or "data") + ".ledger.deadline_workdays", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='type')
                    if isinstance(data__ledger__deadlineworkdays, (int, float, Decimal)) and not isinstance(data__ledger__deadlineworkdays, bool):
                        if data__ledger__deadlineworkdays < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ledger.deadline_workdays must be bigger than or equal to 1", value=data__ledger__deadlineworkdays, name="" + (name_prefix or "data") + ".ledger.deadline_workdays", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='minimum')
                        if data__ledger__deadlineworkdays > 365:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".ledger.deadline_workdays must be smaller than or equal to 365", value=data__ledger__deadlineworkdays, name="" + (name_prefix or "data") + ".ledger.deadline_workdays", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='maximum')
                if data__ledger_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ledger must not contain "+str(data__ledger_keys)+" properties", value=data__ledger, name="" + (name_prefix or "data") + ".ledger", definition={'type': 'object', 'properties': {'deadline_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}}, 'additionalProperties': False}, rule='additionalProperties')
        if "items" in data_keys:
            data_keys.remove("items")
            data__items = data["items"]
        if "waivers" in data_keys:
            data_keys.remove("waivers")
            data__waivers = data["waivers"]
            if not isinstance(data__waivers, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".waivers must be array", value=data__waivers, name="" + (name_prefix or "data") + ".waivers", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$'}, 'item': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/itemId'}, 'justification': {'type': 'string', 'minLength': 1}, 'approved_by': {'type': 'string'}, 'expires': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/date'}}, 'required': ['justification'], 'additionalProperties': False}}, rule='type')
            data__waivers_is_list = isinstance(data__waivers, (list, tuple))
            if data__waivers_is_list:
                data__waivers_len = len(data__waivers)
                for data__waivers_x, data__waivers_item in enumerate(data__waivers):
                    validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_waiver(data__waivers_item, custom_formats, name_prefix)
        if "notify" in data_keys:
            data_keys.remove("notify")
            data__notify = data["notify"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_notify(data__notify, custom_formats, name_prefix)
        if "classification" in data_keys:
            data_keys.remove("classification")
            data__classification = data["classification"]
            if not isinstance(data__classification, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".classification must be object", value=data__classification, name="" + (name_prefix or "data") + ".classification", definition={'description': 'How CMS titles are matched to items: exclusion patterns (news, meetings, procedures), generic words, the margin a winner needs, and keywords a school adds to items. Patterns: … (or ...) is a gap, / separates alternatives.', 'type': 'object', 'properties': {'exclude': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'generic': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'margin': {'type': 'integer', 'minimum': 1, 'maximum': 20}, 'keywords': {'type': 'object', 'propertyNames': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}}, 'additionalProperties': False}, rule='type')
            data__classification_is_dict = isinstance(data__classification, dict)
            if data__classification_is_dict:
                data__classification_keys = set(data__classification.keys())
                if "exclude" in data__classification_keys:
                    data__classification_keys.remove("exclude")
                    data__classification__exclude = data__classification["exclude"]
                    validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_patterns(data__classification__exclude, custom_formats, name_prefix)
                if "generic" in data__classification_keys:
                    data__classification_keys.remove("generic")
                    data__classification__generic = data__classification["generic"]
                    validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_patterns(data__classification__generic, custom_formats, name_prefix)
                if "margin" in data__classification_keys:
                    data__classification_keys.remove("margin")
                    data__classification__margin = data__classification["margin"]
                    if not isinstance(data__classification__margin, (int)) and not (isinstance(data__classification__margin, float) and data__classification__margin.is_integer()) or isinstance(data__classification__margin, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".classification.margin must be integer", value=data__classification__margin, name="" + (name_prefix or "data") + ".classification.margin", definition={'type': 'integer', 'minimum': 1, 'maximum': 20}, rule='type')
                    if isinstance(data__classification__margin, (int, float, Decimal)) and not isinstance(data__classification__margin, bool):
                        if data__classification__margin < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".classification.margin must be bigger than or equal to 1", value=data__classification__margin, name="" + (name_prefix or "data") + ".classification.margin", definition={'type': 'integer', 'minimum': 1, 'maximum': 20}, rule='minimum')
                        if data__classification__margin > 20:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".classification.margin must be smaller than or equal to 20", value=data__classification__margin, name="" + (name_prefix or "data") + ".classification.margin", definition={'type': 'integer', 'minimum': 1, 'maximum': 20}, rule='maximum')
                if "keywords" in data__classification_keys:
                    data__classification_keys.remove("keywords")
                    data__classification__keywords = data__classification["keywords"]
                    if not isinstance(data__classification__keywords, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".classification.keywords must be object", value=data__classification__keywords, name="" + (name_prefix or "data") + ".classification.keywords", definition={'type': 'object', 'propertyNames': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, rule='type')
                    data__classification__keywords_is_dict = isinstance(data__classification__keywords, dict)
                    if data__classification__keywords_is_dict:
                        data__classification__keywords_keys = set(data__classification__keywords.keys())
                        for data__classification__keywords_key in data__classification__keywords_keys:
                            if data__classification__keywords_key not in []:
                                data__classification__keywords_value = data__classification__keywords.get(data__classification__keywords_key)
                                validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_patterns(data__classification__keywords_value, custom_formats, name_prefix)
                        data__classification__keywords_len = len(data__classification__keywords)
                        if data__classification__keywords_len != 0:
                            data__classification__keywords_property_names = True
                            for data__classification__keywords_key in data__classification__keywords:
                                try:
                                    validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_itemid(data__classification__keywords_key, custom_formats, name_prefix)
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    data__classification__keywords_property_names = False
                            if not data__classification__keywords_property_names:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".classification.keywords must be named by propertyName definition", value=data__classification__keywords, name="" + (name_prefix or "data") + ".classification.keywords", definition={'type': 'object', 'propertyNames': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, rule='propertyNames')
                if data__classification_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".classification must not contain "+str(data__classification_keys)+" properties", value=data__classification, name="" + (name_prefix or "data") + ".classification", definition={'description': 'How CMS titles are matched to items: exclusion patterns (news, meetings, procedures), generic words, the margin a winner needs, and keywords a school adds to items. Patterns: … (or ...) is a gap, / separates alternatives.', 'type': 'object', 'properties': {'exclude': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'generic': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'margin': {'type': 'integer', 'minimum': 1, 'maximum': 20}, 'keywords': {'type': 'object', 'propertyNames': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}}, 'additionalProperties': False}, rule='additionalProperties')
        if "site" in data_keys:
            data_keys.remove("site")
            data__site = data["site"]
            if not isinstance(data__site, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".site must be object", value=data__site, name="" + (name_prefix or "data") + ".site", definition={'type': 'object', 'description': "Settings for the school's website (crawl): per-column rules, tried in order before the built-in ones.", 'properties': {'columns': {'type': 'array', 'items': {'type': 'object', 'properties': {'match': {'type': 'string', 'minLength': 1}, 'update_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/limit'}, 'department': {'type': 'string', 'minLength': 1}}, 'required': ['match'], 'anyOf': [{'required': ['update_within']}, {'required': ['department']}], 'additionalProperties': False}}}, 'additionalProperties': False}, rule='type')
            data__site_is_dict = isinstance(data__site, dict)
            if data__site_is_dict:
                data__site_keys = set(data__site.keys())
                if "columns" in data__site_keys:
                    data__site_keys.remove("columns")
                    data__site__columns = data__site["columns"]
                    if not isinstance(data__site__columns, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".site.columns must be array", value=data__site__columns, name="" + (name_prefix or "data") + ".site.columns", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'match': {'type': 'string', 'minLength': 1}, 'update_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/limit'}, 'department': {'type': 'string', 'minLength': 1}}, 'required': ['match'], 'anyOf': [{'required': ['update_within']}, {'required': ['department']}], 'additionalProperties': False}}, rule='type')
                    data__site__columns_is_list = isinstance(data__site__columns, (list, tuple))
                    if data__site__columns_is_list:
                        data__site__columns_len = len(data__site__columns)
                        for data__site__columns_x, data__site__columns_item in enumerate(data__site__columns):
                            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_columnrule(data__site__columns_item, custom_formats, name_prefix)
                if data__site_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".site must not contain "+str(data__site_keys)+" properties", value=data__site, name="" + (name_prefix or "data") + ".site", definition={'type': 'object', 'description': "Settings for the school's website (crawl): per-column rules, tried in order before the built-in ones.", 'properties': {'columns': {'type': 'array', 'items': {'type': 'object', 'properties': {'match': {'type': 'string', 'minLength': 1}, 'update_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/limit'}, 'department': {'type': 'string', 'minLength': 1}}, 'required': ['match'], 'anyOf': [{'required': ['update_within']}, {'required': ['department']}], 'additionalProperties': False}}}, 'additionalProperties': False}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://disclosure-audit.invalid/schemas/checklist.schema.json', 'title': 'disclosure-audit checklist', 'description': "A checklist: either a base list (id, categories, items as a list) or a school's tailoring that extends one (items as a mapping of overrides keyed by item id).", 'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'source': {'type': 'string'}, 'extends': {'type': 'string', 'minLength': 1}, 'institution': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'required': ['name', 'kind'], 'additionalProperties': False}, 'review_period': {'type': 'object', 'properties': {'start': {'type': 'string', 'minLength': 1}, 'end': {'type': 'string', 'minLength': 1}}, 'required': ['start', 'end'], 'additionalProperties': False}, 'departments': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'office': {'type': 'string', 'minLength': 1, 'description': "The disclosure office's department: crawled rows no item matches, and site checks, are attributed to it; the annual report names it and files the application register under it. Default: the owner of item 6, else the first department."}, 'report': {'type': 'object', 'description': 'Settings of the annual report (report annual).', 'properties': {'kinds': {'type': 'array', 'description': "The kinds of information the report counts (a declaration row's kind must be one). Default: 公文类, 教学类, 科研类, 招生类, 就业类, 招聘类, 采购招投标类, 其他业务动态类.", 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'categories': {'type': 'array', 'items': {'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}}, 'required': ['id', 'title'], 'additionalProperties': False}}, 'channels': {'type': 'object', 'propertyNames': {'pattern': '^[a-z][a-z0-9_]*$'}, 'additionalProperties': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'name_en': {'type': 'string'}, 'group': {'enum': ['web', 'new_media', 'internal', 'other']}, 'public': {'type': 'boolean'}, 'column': {'type': 'boolean'}, 'linked_from_column': {'type': 'boolean'}, 'aliases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'scoring': {'type': 'object', 'properties': {'weights': {'type': 'object', 'properties': {'completeness': {'type': 'number', 'minimum': 0}, 'availability': {'type': 'number', 'minimum': 0}, 'timeliness': {'type': 'number', 'minimum': 0}, 'convenience': {'type': 'number', 'minimum': 0}}, 'additionalProperties': False}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'max_clicks': {'type': 'integer', 'minimum': 1, 'maximum': 20}, 'internal_only_scores_zero': {'type': 'boolean', 'description': 'An item published only on internal channels scores 0 (default true).'}}, 'additionalProperties': False}, 'ledger': {'type': 'object', 'properties': {'deadline_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}}, 'additionalProperties': False}, 'items': {}, 'waivers': {'type': 'array', 'items': {'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$'}, 'item': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/itemId'}, 'justification': {'type': 'string', 'minLength': 1}, 'approved_by': {'type': 'string'}, 'expires': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/date'}}, 'required': ['justification'], 'additionalProperties': False}}, 'notify': {'type': 'object', 'properties': {'webhooks': {'type': 'object', 'additionalProperties': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/webhook'}}, 'smtp': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/smtp'}, 'departments': {'type': 'object', 'additionalProperties': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/recipients'}}, 'delivery': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/delivery'}}, 'required': ['departments'], 'additionalProperties': False}, 'classification': {'description': 'How CMS titles are matched to items: exclusion patterns (news, meetings, procedures), generic words, the margin a winner needs, and keywords a school adds to items. Patterns: … (or ...) is a gap, / separates alternatives.', 'type': 'object', 'properties': {'exclude': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'generic': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'margin': {'type': 'integer', 'minimum': 1, 'maximum': 20}, 'keywords': {'type': 'object', 'propertyNames': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}}, 'additionalProperties': False}, 'site': {'type': 'object', 'description': "Settings for the school's website (crawl): per-column rules, tried in order before the built-in ones.", 'properties': {'columns': {'type': 'array', 'items': {'type': 'object', 'properties': {'match': {'type': 'string', 'minLength': 1}, 'update_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/limit'}, 'department': {'type': 'string', 'minLength': 1}}, 'required': ['match'], 'anyOf': [{'required': ['update_within']}, {'required': ['department']}], 'additionalProperties': False}}}, 'additionalProperties': False}}, 'additionalProperties': False, 'if': {'required': ['extends']}, 'then': {'properties': {'items': {'type': 'object', 'propertyNames': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'additionalProperties': {'type': 'object', 'properties': {'id': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/itemId'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/element'}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/kinds'}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/publishWithin'}, 'measures': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'measures_en': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'element_keywords': {'type': 'object', 'additionalProperties': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'exclude_keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'additionalProperties': False}}}}, 'else': {'required': ['id', 'categories', 'items'], 'properties': {'items': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'category', 'title', 'elements', 'cadence'], 'properties': {'id': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/itemId'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/element'}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/kinds'}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/publishWithin'}, 'measures': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'measures_en': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'element_keywords': {'type': 'object', 'additionalProperties': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'exclude_keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'additionalProperties': False}}}}, '$defs': {'date': {'type': 'string', 'minLength': 1}, 'itemId': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}}, 'required': ['id', 'title'], 'additionalProperties': False}, 'channel': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'name_en': {'type': 'string'}, 'group': {'enum': ['web', 'new_media', 'internal', 'other']}, 'public': {'type': 'boolean'}, 'column': {'type': 'boolean'}, 'linked_from_column': {'type': 'boolean'}, 'aliases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'itemFields': {'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'measures_en': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'element_keywords': {'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'exclude_keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}}, 'item': {'type': 'object', 'required': ['id', 'category', 'title', 'elements', 'cadence'], 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'measures_en': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'element_keywords': {'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'exclude_keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'itemOverride': {'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'measures_en': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'element_keywords': {'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'exclude_keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'waiver': {'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$'}, 'item': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'justification': {'type': 'string', 'minLength': 1}, 'approved_by': {'type': 'string'}, 'expires': {'type': 'string', 'minLength': 1}}, 'required': ['justification'], 'additionalProperties': False}, 'envName': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'literalSecret': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'email': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}, 'notify': {'type': 'object', 'properties': {'webhooks': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'type': {'enum': ['wecom', 'dingtalk']}, 'url_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'secret_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'webhook': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'key': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'token': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'access_token': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'secret': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}}, 'required': ['type'], 'additionalProperties': False}}, 'smtp': {'type': 'object', 'properties': {'host': {'type': 'string', 'minLength': 1}, 'port': {'type': 'integer', 'minimum': 1, 'maximum': 65535}, 'sender': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/email'}, 'username': {'type': 'string', 'minLength': 1}, 'password_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'password': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}}, 'required': ['host', 'sender'], 'additionalProperties': False}, 'departments': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'webhooks': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'array', 'uniqueItems': True, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/email'}}}, 'additionalProperties': False}}, 'delivery': {'type': 'object', 'properties': {'attempts': {'type': 'integer', 'minimum': 1, 'maximum': 5}, 'backoff': {'type': 'number', 'minimum': 0, 'maximum': 10}, 'timeout': {'type': 'number', 'minimum': 0.01, 'maximum': 60}, 'deadline': {'type': 'number', 'minimum': 0.01, 'maximum': 300}, 'total': {'type': 'number', 'minimum': 0.01, 'maximum': 3600}}, 'additionalProperties': False}}, 'required': ['departments'], 'additionalProperties': False}, 'webhook': {'type': 'object', 'properties': {'type': {'enum': ['wecom', 'dingtalk']}, 'url_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'secret_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'url': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'webhook': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'key': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'token': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'access_token': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'secret': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}}, 'required': ['type'], 'additionalProperties': False}, 'smtp': {'type': 'object', 'properties': {'host': {'type': 'string', 'minLength': 1}, 'port': {'type': 'integer', 'minimum': 1, 'maximum': 65535}, 'sender': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}, 'username': {'type': 'string', 'minLength': 1}, 'password_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'password': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}}, 'required': ['host', 'sender'], 'additionalProperties': False}, 'recipients': {'type': 'object', 'properties': {'webhooks': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}}}, 'additionalProperties': False}, 'delivery': {'type': 'object', 'properties': {'attempts': {'type': 'integer', 'minimum': 1, 'maximum': 5}, 'backoff': {'type': 'number', 'minimum': 0, 'maximum': 10}, 'timeout': {'type': 'number', 'minimum': 0.01, 'maximum': 60}, 'deadline': {'type': 'number', 'minimum': 0.01, 'maximum': 300}, 'total': {'type': 'number', 'minimum': 0.01, 'maximum': 3600}}, 'additionalProperties': False}, 'element': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}, 'kinds': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'publishWithin': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'patterns': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'limit': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'columnRule': {'type': 'object', 'properties': {'match': {'type': 'string', 'minLength': 1}, 'update_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'department': {'type': 'string', 'minLength': 1}}, 'required': ['match'], 'anyOf': [{'required': ['update_within']}, {'required': ['department']}], 'additionalProperties': False}}}, rule='additionalProperties')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['extends']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['extends']}, rule='required')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['id', 'categories', 'items']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['id', 'categories', 'items'], 'properties': {'items': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'category', 'title', 'elements', 'cadence'], 'properties': {'id': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/itemId'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/element'}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/kinds'}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/publishWithin'}, 'measures': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'measures_en': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'element_keywords': {'type': 'object', 'additionalProperties': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'exclude_keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'additionalProperties': False}}}}, rule='required')
            data_keys = set(data.keys())
            if "items" in data_keys:
                data_keys.remove("items")
                data__items = data["items"]
                if not isinstance(data__items, (list, tuple)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".items must be array", value=data__items, name="" + (name_prefix or "data") + ".items", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'category', 'title', 'elements', 'cadence'], 'properties': {'id': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/itemId'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/element'}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/kinds'}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/publishWithin'}, 'measures': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'measures_en': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'element_keywords': {'type': 'object', 'additionalProperties': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'exclude_keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'additionalProperties': False}}, rule='type')
                data__items_is_list = isinstance(data__items, (list, tuple))
                if data__items_is_list:
                    data__items_len = len(data__items)
                    for data__items_x, data__items_item in enumerate(data__items):
                        validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_item(data__items_item, custom_formats, name_prefix)
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "items" in data_keys:
                data_keys.remove("items")
                data__items = data["items"]
                if not isinstance(data__items, (dict)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".items must be object", value=data__items, name="" + (name_prefix or "data") + ".items", definition={'type': 'object', 'propertyNames': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'additionalProperties': {'type': 'object', 'properties': {'id': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/itemId'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/element'}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/kinds'}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/publishWithin'}, 'measures': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'measures_en': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'element_keywords': {'type': 'object', 'additionalProperties': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'exclude_keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'additionalProperties': False}}, rule='type')
                data__items_is_dict = isinstance(data__items, dict)
                if data__items_is_dict:
                    data__items_keys = set(data__items.keys())
                    for data__items_key in data__items_keys:
                        if data__items_key not in []:
                            data__items_value = data__items.get(data__items_key)
                            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_itemoverride(data__items_value, custom_formats, name_prefix)
                    data__items_len = len(data__items)
                    if data__items_len != 0:
                        data__items_property_names = True
                        for data__items_key in data__items:
                            try:
                                validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_itemid(data__items_key, custom_formats, name_prefix)
                            except (JsonSchemaValueException, JsonSchemaValuesException):
                                data__items_property_names = False
                        if not data__items_property_names:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".items must be named by propertyName definition", value=data__items, name="" + (name_prefix or "data") + ".items", definition={'type': 'object', 'propertyNames': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'additionalProperties': {'type': 'object', 'properties': {'id': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/itemId'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/element'}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/kinds'}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/publishWithin'}, 'measures': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'measures_en': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/measures'}, 'element_keywords': {'type': 'object', 'additionalProperties': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'exclude_keywords': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/patterns'}}, 'additionalProperties': False}}, rule='propertyNames')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_itemoverride(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'measures_en': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'element_keywords': {'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'exclude_keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_itemid(data__id, custom_formats, name_prefix)
        if "category" in data_keys:
            data_keys.remove("category")
            data__category = data["category"]
            if not isinstance(data__category, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must be string", value=data__category, name="" + (name_prefix or "data") + ".category", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__category, str):
                data__category_len = len(data__category)
                if data__category_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must be longer than or equal to 1 characters", value=data__category, name="" + (name_prefix or "data") + ".category", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title_en" in data_keys:
            data_keys.remove("title_en")
            data__titleen = data["title_en"]
            if not isinstance(data__titleen, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title_en must be string", value=data__titleen, name="" + (name_prefix or "data") + ".title_en", definition={'type': 'string'}, rule='type')
        if "elements" in data_keys:
            data_keys.remove("elements")
            data__elements = data["elements"]
            if not isinstance(data__elements, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements must be array", value=data__elements, name="" + (name_prefix or "data") + ".elements", definition={'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, rule='type')
            data__elements_is_list = isinstance(data__elements, (list, tuple))
            if data__elements_is_list:
                data__elements_len = len(data__elements)
                if data__elements_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements must contain at least 1 items", value=data__elements, name="" + (name_prefix or "data") + ".elements", definition={'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, rule='minItems')
                for data__elements_x, data__elements_item in enumerate(data__elements):
                    validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_element(data__elements_item, custom_formats, name_prefix)
        if "cadence" in data_keys:
            data_keys.remove("cadence")
            data__cadence = data["cadence"]
            if not (isinstance(data__cadence, str) and data__cadence == 'on_change' or isinstance(data__cadence, str) and data__cadence == 'annual'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cadence must be one of ['on_change', 'annual']", value=data__cadence, name="" + (name_prefix or "data") + ".cadence", definition={'enum': ['on_change', 'annual']}, rule='enum')
        if "due" in data_keys:
            data_keys.remove("due")
            data__due = data["due"]
            if not isinstance(data__due, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".due must be string", value=data__due, name="" + (name_prefix or "data") + ".due", definition={'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, rule='type')
            if isinstance(data__due, str):
                if not REGEX_PATTERNS['^[0-9]{2}-[0-9]{2}$'].search(data__due):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".due must match pattern ^[0-9]{2}-[0-9]{2}$", value=data__due, name="" + (name_prefix or "data") + ".due", definition={'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, rule='pattern')
        if "publish_within_workdays" in data_keys:
            data_keys.remove("publish_within_workdays")
            data__publishwithinworkdays = data["publish_within_workdays"]
            if not isinstance(data__publishwithinworkdays, (int)) and not (isinstance(data__publishwithinworkdays, float) and data__publishwithinworkdays.is_integer()) or isinstance(data__publishwithinworkdays, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".publish_within_workdays must be integer", value=data__publishwithinworkdays, name="" + (name_prefix or "data") + ".publish_within_workdays", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='type')
            if isinstance(data__publishwithinworkdays, (int, float, Decimal)) and not isinstance(data__publishwithinworkdays, bool):
                if data__publishwithinworkdays < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".publish_within_workdays must be bigger than or equal to 1", value=data__publishwithinworkdays, name="" + (name_prefix or "data") + ".publish_within_workdays", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='minimum')
                if data__publishwithinworkdays > 365:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".publish_within_workdays must be smaller than or equal to 365", value=data__publishwithinworkdays, name="" + (name_prefix or "data") + ".publish_within_workdays", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='maximum')
        if "applies_to" in data_keys:
            data_keys.remove("applies_to")
            data__appliesto = data["applies_to"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_kinds(data__appliesto, custom_formats, name_prefix)
        if "audience" in data_keys:
            data_keys.remove("audience")
            data__audience = data["audience"]
            if not (isinstance(data__audience, str) and data__audience == 'public' or isinstance(data__audience, str) and data__audience == 'campus'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".audience must be one of ['public', 'campus']", value=data__audience, name="" + (name_prefix or "data") + ".audience", definition={'enum': ['public', 'campus']}, rule='enum')
        if "keywords" in data_keys:
            data_keys.remove("keywords")
            data__keywords = data["keywords"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_patterns(data__keywords, custom_formats, name_prefix)
        if "owner_hint" in data_keys:
            data_keys.remove("owner_hint")
            data__ownerhint = data["owner_hint"]
            if not isinstance(data__ownerhint, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner_hint must be string", value=data__ownerhint, name="" + (name_prefix or "data") + ".owner_hint", definition={'type': 'string'}, rule='type')
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            if not isinstance(data__owner, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be string", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__owner, str):
                data__owner_len = len(data__owner)
                if data__owner_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be longer than or equal to 1 characters", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "remediation" in data_keys:
            data_keys.remove("remediation")
            data__remediation = data["remediation"]
            if not isinstance(data__remediation, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".remediation must be string", value=data__remediation, name="" + (name_prefix or "data") + ".remediation", definition={'type': 'string'}, rule='type')
        if "remediation_en" in data_keys:
            data_keys.remove("remediation_en")
            data__remediationen = data["remediation_en"]
            if not isinstance(data__remediationen, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".remediation_en must be string", value=data__remediationen, name="" + (name_prefix or "data") + ".remediation_en", definition={'type': 'string'}, rule='type')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': 'string'}, rule='type')
        if "note_en" in data_keys:
            data_keys.remove("note_en")
            data__noteen = data["note_en"]
            if not isinstance(data__noteen, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note_en must be string", value=data__noteen, name="" + (name_prefix or "data") + ".note_en", definition={'type': 'string'}, rule='type')
        if "not_applicable" in data_keys:
            data_keys.remove("not_applicable")
            data__notapplicable = data["not_applicable"]
            if not isinstance(data__notapplicable, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".not_applicable must be string", value=data__notapplicable, name="" + (name_prefix or "data") + ".not_applicable", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__notapplicable, str):
                data__notapplicable_len = len(data__notapplicable)
                if data__notapplicable_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".not_applicable must be longer than or equal to 1 characters", value=data__notapplicable, name="" + (name_prefix or "data") + ".not_applicable", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "event_driven" in data_keys:
            data_keys.remove("event_driven")
            data__eventdriven = data["event_driven"]
            if not isinstance(data__eventdriven, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".event_driven must be boolean", value=data__eventdriven, name="" + (name_prefix or "data") + ".event_driven", definition={'type': 'boolean'}, rule='type')
        if "exemptible" in data_keys:
            data_keys.remove("exemptible")
            data__exemptible = data["exemptible"]
            if not isinstance(data__exemptible, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exemptible must be boolean", value=data__exemptible, name="" + (name_prefix or "data") + ".exemptible", definition={'type': 'boolean'}, rule='type')
        if "always_applies" in data_keys:
            data_keys.remove("always_applies")
            data__alwaysapplies = data["always_applies"]
            if not isinstance(data__alwaysapplies, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".always_applies must be boolean", value=data__alwaysapplies, name="" + (name_prefix or "data") + ".always_applies", definition={'type': 'boolean'}, rule='type')
        if "publish_within" in data_keys:
            data_keys.remove("publish_within")
            data__publishwithin = data["publish_within"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_publishwithin(data__publishwithin, custom_formats, name_prefix)
        if "measures" in data_keys:
            data_keys.remove("measures")
            data__measures = data["measures"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_measures(data__measures, custom_formats, name_prefix)
        if "measures_en" in data_keys:
            data_keys.remove("measures_en")
            data__measuresen = data["measures_en"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_measures(data__measuresen, custom_formats, name_prefix)
        if "element_keywords" in data_keys:
            data_keys.remove("element_keywords")
            data__elementkeywords = data["element_keywords"]
            if not isinstance(data__elementkeywords, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".element_keywords must be object", value=data__elementkeywords, name="" + (name_prefix or "data") + ".element_keywords", definition={'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, rule='type')
            data__elementkeywords_is_dict = isinstance(data__elementkeywords, dict)
            if data__elementkeywords_is_dict:
                data__elementkeywords_keys = set(data__elementkeywords.keys())
                for data__elementkeywords_key in data__elementkeywords_keys:
                    if data__elementkeywords_key not in []:
                        data__elementkeywords_value = data__elementkeywords.get(data__elementkeywords_key)
                        validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_patterns(data__elementkeywords_value, custom_formats, name_prefix)
        if "exclude_keywords" in data_keys:
            data_keys.remove("exclude_keywords")
            data__excludekeywords = data["exclude_keywords"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_patterns(data__excludekeywords, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'measures_en': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'element_keywords': {'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'exclude_keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_measures(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be string", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                if isinstance(data_value, str):
                    data_value_len = len(data_value)
                    if data_value_len < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be longer than or equal to 1 characters", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if not (isinstance(data_key, str) and data_key == 'not-disclosed-no-reason' or isinstance(data_key, str) and data_key == 'not-disclosed-event' or isinstance(data_key, str) and data_key == 'nothing-published' or isinstance(data_key, str) and data_key == 'not-yet-made' or isinstance(data_key, str) and data_key == 'elements-not-yet-made' or isinstance(data_key, str) and data_key == 'expected-passed' or isinstance(data_key, str) and data_key == 'missing-elements' or isinstance(data_key, str) and data_key == 'elements-unknown' or isinstance(data_key, str) and data_key == 'report-missing' or isinstance(data_key, str) and data_key == 'report-late' or isinstance(data_key, str) and data_key == 'internal-only' or isinstance(data_key, str) and data_key == 'no-public-publication' or isinstance(data_key, str) and data_key == 'link-failed' or isinstance(data_key, str) and data_key == 'link-missing' or isinstance(data_key, str) and data_key == 'late' or isinstance(data_key, str) and data_key == 'no-publication-in-period' or isinstance(data_key, str) and data_key == 'no-made-date' or isinstance(data_key, str) and data_key == 'not-in-column' or isinstance(data_key, str) and data_key == 'too-many-clicks' or isinstance(data_key, str) and data_key == 'unreadable-format'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']", value=data_key, name="" + (name_prefix or "data") + "", definition={'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, rule='enum')
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be named by propertyName definition", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, rule='propertyNames')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_publishwithin(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['days']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "days" in data_keys:
            data_keys.remove("days")
            data__days = data["days"]
            if not isinstance(data__days, (int)) and not (isinstance(data__days, float) and data__days.is_integer()) or isinstance(data__days, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".days must be integer", value=data__days, name="" + (name_prefix or "data") + ".days", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='type')
            if isinstance(data__days, (int, float, Decimal)) and not isinstance(data__days, bool):
                if data__days < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".days must be bigger than or equal to 1", value=data__days, name="" + (name_prefix or "data") + ".days", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='minimum')
                if data__days > 365:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".days must be smaller than or equal to 365", value=data__days, name="" + (name_prefix or "data") + ".days", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='maximum')
        if "calendar" in data_keys:
            data_keys.remove("calendar")
            data__calendar = data["calendar"]
            if not isinstance(data__calendar, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".calendar must be boolean", value=data__calendar, name="" + (name_prefix or "data") + ".calendar", definition={'type': 'boolean'}, rule='type')
        if "basis" in data_keys:
            data_keys.remove("basis")
            data__basis = data["basis"]
            if not isinstance(data__basis, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".basis must be string", value=data__basis, name="" + (name_prefix or "data") + ".basis", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__basis, str):
                data__basis_len = len(data__basis)
                if data__basis_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".basis must be longer than or equal to 1 characters", value=data__basis, name="" + (name_prefix or "data") + ".basis", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_kinds(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, rule='type')
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 items", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, rule='minItems')
        def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
        if data_len > len(set(fn(data_x) for data_x in data)):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain unique items", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, rule='uniqueItems')
        for data_x, data_item in enumerate(data):
            if not (isinstance(data_item, str) and data_item == 'vocational' or isinstance(data_item, str) and data_item == 'undergraduate' or isinstance(data_item, str) and data_item == 'graduate'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be one of ['vocational', 'undergraduate', 'graduate']", value=data_item, name="" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + "", definition={'enum': ['vocational', 'undergraduate', 'graduate']}, rule='enum')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_element(data, custom_formats={}, name_prefix=None):
    data_any_of_count1 = 0
    if not data_any_of_count1:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data, str):
                data_len = len(data)
                if data_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}, rule='type')
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['name']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}, rule='required')
                data_keys = set(data.keys())
                if "name" in data_keys:
                    data_keys.remove("name")
                    data__name = data["name"]
                    if not isinstance(data__name, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__name, str):
                        data__name_len = len(data__name)
                        if data__name_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "applies_to" in data_keys:
                    data_keys.remove("applies_to")
                    data__appliesto = data["applies_to"]
                    validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_kinds(data__appliesto, custom_formats, name_prefix)
                if "event_driven" in data_keys:
                    data_keys.remove("event_driven")
                    data__eventdriven = data["event_driven"]
                    if not isinstance(data__eventdriven, (bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".event_driven must be boolean", value=data__eventdriven, name="" + (name_prefix or "data") + ".event_driven", definition={'type': 'boolean'}, rule='type')
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}, rule='additionalProperties')
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition", value=data, name="" + (name_prefix or "data") + "", definition={'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}, rule='anyOf')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_item(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'category', 'title', 'elements', 'cadence'], 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'measures_en': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'element_keywords': {'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'exclude_keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'category', 'title', 'elements', 'cadence']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'category', 'title', 'elements', 'cadence'], 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'measures_en': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'element_keywords': {'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'exclude_keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_itemid(data__id, custom_formats, name_prefix)
        if "category" in data_keys:
            data_keys.remove("category")
            data__category = data["category"]
            if not isinstance(data__category, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must be string", value=data__category, name="" + (name_prefix or "data") + ".category", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__category, str):
                data__category_len = len(data__category)
                if data__category_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".category must be longer than or equal to 1 characters", value=data__category, name="" + (name_prefix or "data") + ".category", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title_en" in data_keys:
            data_keys.remove("title_en")
            data__titleen = data["title_en"]
            if not isinstance(data__titleen, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title_en must be string", value=data__titleen, name="" + (name_prefix or "data") + ".title_en", definition={'type': 'string'}, rule='type')
        if "elements" in data_keys:
            data_keys.remove("elements")
            data__elements = data["elements"]
            if not isinstance(data__elements, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements must be array", value=data__elements, name="" + (name_prefix or "data") + ".elements", definition={'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, rule='type')
            data__elements_is_list = isinstance(data__elements, (list, tuple))
            if data__elements_is_list:
                data__elements_len = len(data__elements)
                if data__elements_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements must contain at least 1 items", value=data__elements, name="" + (name_prefix or "data") + ".elements", definition={'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, rule='minItems')
                for data__elements_x, data__elements_item in enumerate(data__elements):
                    validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_element(data__elements_item, custom_formats, name_prefix)
        if "cadence" in data_keys:
            data_keys.remove("cadence")
            data__cadence = data["cadence"]
            if not (isinstance(data__cadence, str) and data__cadence == 'on_change' or isinstance(data__cadence, str) and data__cadence == 'annual'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cadence must be one of ['on_change', 'annual']", value=data__cadence, name="" + (name_prefix or "data") + ".cadence", definition={'enum': ['on_change', 'annual']}, rule='enum')
        if "due" in data_keys:
            data_keys.remove("due")
            data__due = data["due"]
            if not isinstance(data__due, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".due must be string", value=data__due, name="" + (name_prefix or "data") + ".due", definition={'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, rule='type')
            if isinstance(data__due, str):
                if not REGEX_PATTERNS['^[0-9]{2}-[0-9]{2}$'].search(data__due):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".due must match pattern ^[0-9]{2}-[0-9]{2}$", value=data__due, name="" + (name_prefix or "data") + ".due", definition={'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, rule='pattern')
        if "publish_within_workdays" in data_keys:
            data_keys.remove("publish_within_workdays")
            data__publishwithinworkdays = data["publish_within_workdays"]
            if not isinstance(data__publishwithinworkdays, (int)) and not (isinstance(data__publishwithinworkdays, float) and data__publishwithinworkdays.is_integer()) or isinstance(data__publishwithinworkdays, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".publish_within_workdays must be integer", value=data__publishwithinworkdays, name="" + (name_prefix or "data") + ".publish_within_workdays", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='type')
            if isinstance(data__publishwithinworkdays, (int, float, Decimal)) and not isinstance(data__publishwithinworkdays, bool):
                if data__publishwithinworkdays < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".publish_within_workdays must be bigger than or equal to 1", value=data__publishwithinworkdays, name="" + (name_prefix or "data") + ".publish_within_workdays", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='minimum')
                if data__publishwithinworkdays > 365:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".publish_within_workdays must be smaller than or equal to 365", value=data__publishwithinworkdays, name="" + (name_prefix or "data") + ".publish_within_workdays", definition={'type': 'integer', 'minimum': 1, 'maximum': 365}, rule='maximum')
        if "applies_to" in data_keys:
            data_keys.remove("applies_to")
            data__appliesto = data["applies_to"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_kinds(data__appliesto, custom_formats, name_prefix)
        if "audience" in data_keys:
            data_keys.remove("audience")
            data__audience = data["audience"]
            if not (isinstance(data__audience, str) and data__audience == 'public' or isinstance(data__audience, str) and data__audience == 'campus'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".audience must be one of ['public', 'campus']", value=data__audience, name="" + (name_prefix or "data") + ".audience", definition={'enum': ['public', 'campus']}, rule='enum')
        if "keywords" in data_keys:
            data_keys.remove("keywords")
            data__keywords = data["keywords"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_patterns(data__keywords, custom_formats, name_prefix)
        if "owner_hint" in data_keys:
            data_keys.remove("owner_hint")
            data__ownerhint = data["owner_hint"]
            if not isinstance(data__ownerhint, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner_hint must be string", value=data__ownerhint, name="" + (name_prefix or "data") + ".owner_hint", definition={'type': 'string'}, rule='type')
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            if not isinstance(data__owner, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be string", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__owner, str):
                data__owner_len = len(data__owner)
                if data__owner_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be longer than or equal to 1 characters", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "remediation" in data_keys:
            data_keys.remove("remediation")
            data__remediation = data["remediation"]
            if not isinstance(data__remediation, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".remediation must be string", value=data__remediation, name="" + (name_prefix or "data") + ".remediation", definition={'type': 'string'}, rule='type')
        if "remediation_en" in data_keys:
            data_keys.remove("remediation_en")
            data__remediationen = data["remediation_en"]
            if not isinstance(data__remediationen, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".remediation_en must be string", value=data__remediationen, name="" + (name_prefix or "data") + ".remediation_en", definition={'type': 'string'}, rule='type')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': 'string'}, rule='type')
        if "note_en" in data_keys:
            data_keys.remove("note_en")
            data__noteen = data["note_en"]
            if not isinstance(data__noteen, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note_en must be string", value=data__noteen, name="" + (name_prefix or "data") + ".note_en", definition={'type': 'string'}, rule='type')
        if "not_applicable" in data_keys:
            data_keys.remove("not_applicable")
            data__notapplicable = data["not_applicable"]
            if not isinstance(data__notapplicable, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".not_applicable must be string", value=data__notapplicable, name="" + (name_prefix or "data") + ".not_applicable", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__notapplicable, str):
                data__notapplicable_len = len(data__notapplicable)
                if data__notapplicable_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".not_applicable must be longer than or equal to 1 characters", value=data__notapplicable, name="" + (name_prefix or "data") + ".not_applicable", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "event_driven" in data_keys:
            data_keys.remove("event_driven")
            data__eventdriven = data["event_driven"]
            if not isinstance(data__eventdriven, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".event_driven must be boolean", value=data__eventdriven, name="" + (name_prefix or "data") + ".event_driven", definition={'type': 'boolean'}, rule='type')
        if "exemptible" in data_keys:
            data_keys.remove("exemptible")
            data__exemptible = data["exemptible"]
            if not isinstance(data__exemptible, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exemptible must be boolean", value=data__exemptible, name="" + (name_prefix or "data") + ".exemptible", definition={'type': 'boolean'}, rule='type')
        if "always_applies" in data_keys:
            data_keys.remove("always_applies")
            data__alwaysapplies = data["always_applies"]
            if not isinstance(data__alwaysapplies, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".always_applies must be boolean", value=data__alwaysapplies, name="" + (name_prefix or "data") + ".always_applies", definition={'type': 'boolean'}, rule='type')
        if "publish_within" in data_keys:
            data_keys.remove("publish_within")
            data__publishwithin = data["publish_within"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_publishwithin(data__publishwithin, custom_formats, name_prefix)
        if "measures" in data_keys:
            data_keys.remove("measures")
            data__measures = data["measures"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_measures(data__measures, custom_formats, name_prefix)
        if "measures_en" in data_keys:
            data_keys.remove("measures_en")
            data__measuresen = data["measures_en"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_measures(data__measuresen, custom_formats, name_prefix)
        if "element_keywords" in data_keys:
            data_keys.remove("element_keywords")
            data__elementkeywords = data["element_keywords"]
            if not isinstance(data__elementkeywords, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".element_keywords must be object", value=data__elementkeywords, name="" + (name_prefix or "data") + ".element_keywords", definition={'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, rule='type')
            data__elementkeywords_is_dict = isinstance(data__elementkeywords, dict)
            if data__elementkeywords_is_dict:
                data__elementkeywords_keys = set(data__elementkeywords.keys())
                for data__elementkeywords_key in data__elementkeywords_keys:
                    if data__elementkeywords_key not in []:
                        data__elementkeywords_value = data__elementkeywords.get(data__elementkeywords_key)
                        validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_patterns(data__elementkeywords_value, custom_formats, name_prefix)
        if "exclude_keywords" in data_keys:
            data_keys.remove("exclude_keywords")
            data__excludekeywords = data["exclude_keywords"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_patterns(data__excludekeywords, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'category', 'title', 'elements', 'cadence'], 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'category': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}, 'elements': {'type': 'array', 'minItems': 1, 'items': {'anyOf': [{'type': 'string', 'minLength': 1}, {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'applies_to': {'$ref': '#/$defs/kinds'}, 'event_driven': {'type': 'boolean'}}, 'required': ['name'], 'additionalProperties': False}]}}, 'cadence': {'enum': ['on_change', 'annual']}, 'due': {'type': 'string', 'pattern': '^[0-9]{2}-[0-9]{2}$'}, 'publish_within_workdays': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'applies_to': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'enum': ['vocational', 'undergraduate', 'graduate']}}, 'audience': {'enum': ['public', 'campus']}, 'keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'owner_hint': {'type': 'string'}, 'owner': {'type': 'string', 'minLength': 1}, 'remediation': {'type': 'string'}, 'remediation_en': {'type': 'string'}, 'note': {'type': 'string'}, 'note_en': {'type': 'string'}, 'not_applicable': {'type': 'string', 'minLength': 1}, 'event_driven': {'type': 'boolean'}, 'exemptible': {'type': 'boolean'}, 'always_applies': {'type': 'boolean'}, 'publish_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 365}, 'calendar': {'type': 'boolean'}, 'basis': {'type': 'string', 'minLength': 1}}, 'required': ['days'], 'additionalProperties': False}, 'measures': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'measures_en': {'type': 'object', 'propertyNames': {'enum': ['not-disclosed-no-reason', 'not-disclosed-event', 'nothing-published', 'not-yet-made', 'elements-not-yet-made', 'expected-passed', 'missing-elements', 'elements-unknown', 'report-missing', 'report-late', 'internal-only', 'no-public-publication', 'link-failed', 'link-missing', 'late', 'no-publication-in-period', 'no-made-date', 'not-in-column', 'too-many-clicks', 'unreadable-format']}, 'additionalProperties': {'type': 'string', 'minLength': 1}}, 'element_keywords': {'type': 'object', 'additionalProperties': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'exclude_keywords': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_columnrule(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'match': {'type': 'string', 'minLength': 1}, 'update_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'department': {'type': 'string', 'minLength': 1}}, 'required': ['match'], 'anyOf': [{'required': ['update_within']}, {'required': ['department']}], 'additionalProperties': False}, rule='type')
    data_any_of_count2 = 0
    if not data_any_of_count2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['update_within']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['update_within']}, rule='required')
            data_any_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['department']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['department']}, rule='required')
            data_any_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count2:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'match': {'type': 'string', 'minLength': 1}, 'update_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'department': {'type': 'string', 'minLength': 1}}, 'required': ['match'], 'anyOf': [{'required': ['update_within']}, {'required': ['department']}], 'additionalProperties': False}, rule='anyOf')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['match']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'match': {'type': 'string', 'minLength': 1}, 'update_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'department': {'type': 'string', 'minLength': 1}}, 'required': ['match'], 'anyOf': [{'required': ['update_within']}, {'required': ['department']}], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "match" in data_keys:
            data_keys.remove("match")
            data__match = data["match"]
            if not isinstance(data__match, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".match must be string", value=data__match, name="" + (name_prefix or "data") + ".match", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__match, str):
                data__match_len = len(data__match)
                if data__match_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".match must be longer than or equal to 1 characters", value=data__match, name="" + (name_prefix or "data") + ".match", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "update_within" in data_keys:
            data_keys.remove("update_within")
            data__updatewithin = data["update_within"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_limit(data__updatewithin, custom_formats, name_prefix)
        if "department" in data_keys:
            data_keys.remove("department")
            data__department = data["department"]
            if not isinstance(data__department, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".department must be string", value=data__department, name="" + (name_prefix or "data") + ".department", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__department, str):
                data__department_len = len(data__department)
                if data__department_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".department must be longer than or equal to 1 characters", value=data__department, name="" + (name_prefix or "data") + ".department", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'match': {'type': 'string', 'minLength': 1}, 'update_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'department': {'type': 'string', 'minLength': 1}}, 'required': ['match'], 'anyOf': [{'required': ['update_within']}, {'required': ['department']}], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_limit(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, rule='minProperties')
        if data_len > 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain less than or equal to 1 properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, rule='maxProperties')
        data_keys = set(data.keys())
        if "days" in data_keys:
            data_keys.remove("days")
            data__days = data["days"]
            if not isinstance(data__days, (int)) and not (isinstance(data__days, float) and data__days.is_integer()) or isinstance(data__days, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".days must be integer", value=data__days, name="" + (name_prefix or "data") + ".days", definition={'type': 'integer', 'minimum': 1, 'maximum': 3650}, rule='type')
            if isinstance(data__days, (int, float, Decimal)) and not isinstance(data__days, bool):
                if data__days < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".days must be bigger than or equal to 1", value=data__days, name="" + (name_prefix or "data") + ".days", definition={'type': 'integer', 'minimum': 1, 'maximum': 3650}, rule='minimum')
                if data__days > 3650:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".days must be smaller than or equal to 3650", value=data__days, name="" + (name_prefix or "data") + ".days", definition={'type': 'integer', 'minimum': 1, 'maximum': 3650}, rule='maximum')
        if "weeks" in data_keys:
            data_keys.remove("weeks")
            data__weeks = data["weeks"]
            if not isinstance(data__weeks, (int)) and not (isinstance(data__weeks, float) and data__weeks.is_integer()) or isinstance(data__weeks, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".weeks must be integer", value=data__weeks, name="" + (name_prefix or "data") + ".weeks", definition={'type': 'integer', 'minimum': 1, 'maximum': 3650}, rule='type')
            if isinstance(data__weeks, (int, float, Decimal)) and not isinstance(data__weeks, bool):
                if data__weeks < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".weeks must be bigger than or equal to 1", value=data__weeks, name="" + (name_prefix or "data") + ".weeks", definition={'type': 'integer', 'minimum': 1, 'maximum': 3650}, rule='minimum')
                if data__weeks > 3650:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".weeks must be smaller than or equal to 3650", value=data__weeks, name="" + (name_prefix or "data") + ".weeks", definition={'type': 'integer', 'minimum': 1, 'maximum': 3650}, rule='maximum')
        if "months" in data_keys:
            data_keys.remove("months")
            data__months = data["months"]
            if not isinstance(data__months, (int)) and not (isinstance(data__months, float) and data__months.is_integer()) or isinstance(data__months, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".months must be integer", value=data__months, name="" + (name_prefix or "data") + ".months", definition={'type': 'integer', 'minimum': 1, 'maximum': 3650}, rule='type')
            if isinstance(data__months, (int, float, Decimal)) and not isinstance(data__months, bool):
                if data__months < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".months must be bigger than or equal to 1", value=data__months, name="" + (name_prefix or "data") + ".months", definition={'type': 'integer', 'minimum': 1, 'maximum': 3650}, rule='minimum')
                if data__months > 3650:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".months must be smaller than or equal to 3650", value=data__months, name="" + (name_prefix or "data") + ".months", definition={'type': 'integer', 'minimum': 1, 'maximum': 3650}, rule='maximum')
        if "years" in data_keys:
            data_keys.remove("years")
            data__years = data["years"]
            if not isinstance(data__years, (int)) and not (isinstance(data__years, float) and data__years.is_integer()) or isinstance(data__years, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".years must be integer", value=data__years, name="" + (name_prefix or "data") + ".years", definition={'type': 'integer', 'minimum': 1, 'maximum': 3650}, rule='type')
            if isinstance(data__years, (int, float, Decimal)) and not isinstance(data__years, bool):
                if data__years < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".years must be bigger than or equal to 1", value=data__years, name="" + (name_prefix or "data") + ".years", definition={'type': 'integer', 'minimum': 1, 'maximum': 3650}, rule='minimum')
                if data__years > 3650:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".years must be smaller than or equal to 3650", value=data__years, name="" + (name_prefix or "data") + ".years", definition={'type': 'integer', 'minimum': 1, 'maximum': 3650}, rule='maximum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_itemid(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9._-]*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[A-Za-z0-9][A-Za-z0-9._-]*$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, rule='pattern')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_patterns(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be string", value=data_item, name="" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data_item, str):
                data_item_len = len(data_item)
                if data_item_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data_item, name="" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_notify(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'webhooks': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'type': {'enum': ['wecom', 'dingtalk']}, 'url_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'secret_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'webhook': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'key': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'token': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'access_token': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'secret': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}}, 'required': ['type'], 'additionalProperties': False}}, 'smtp': {'type': 'object', 'properties': {'host': {'type': 'string', 'minLength': 1}, 'port': {'type': 'integer', 'minimum': 1, 'maximum': 65535}, 'sender': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/email'}, 'username': {'type': 'string', 'minLength': 1}, 'password_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'password': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}}, 'required': ['host', 'sender'], 'additionalProperties': False}, 'departments': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'webhooks': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'array', 'uniqueItems': True, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/email'}}}, 'additionalProperties': False}}, 'delivery': {'type': 'object', 'properties': {'attempts': {'type': 'integer', 'minimum': 1, 'maximum': 5}, 'backoff': {'type': 'number', 'minimum': 0, 'maximum': 10}, 'timeout': {'type': 'number', 'minimum': 0.01, 'maximum': 60}, 'deadline': {'type': 'number', 'minimum': 0.01, 'maximum': 300}, 'total': {'type': 'number', 'minimum': 0.01, 'maximum': 3600}}, 'additionalProperties': False}}, 'required': ['departments'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['departments']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'webhooks': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'type': {'enum': ['wecom', 'dingtalk']}, 'url_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'secret_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'webhook': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'key': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'token': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'access_token': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'secret': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}}, 'required': ['type'], 'additionalProperties': False}}, 'smtp': {'type': 'object', 'properties': {'host': {'type': 'string', 'minLength': 1}, 'port': {'type': 'integer', 'minimum': 1, 'maximum': 65535}, 'sender': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/email'}, 'username': {'type': 'string', 'minLength': 1}, 'password_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'password': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}}, 'required': ['host', 'sender'], 'additionalProperties': False}, 'departments': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'webhooks': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'array', 'uniqueItems': True, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/email'}}}, 'additionalProperties': False}}, 'delivery': {'type': 'object', 'properties': {'attempts': {'type': 'integer', 'minimum': 1, 'maximum': 5}, 'backoff': {'type': 'number', 'minimum': 0, 'maximum': 10}, 'timeout': {'type': 'number', 'minimum': 0.01, 'maximum': 60}, 'deadline': {'type': 'number', 'minimum': 0.01, 'maximum': 300}, 'total': {'type': 'number', 'minimum': 0.01, 'maximum': 3600}}, 'additionalProperties': False}}, 'required': ['departments'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "webhooks" in data_keys:
            data_keys.remove("webhooks")
            data__webhooks = data["webhooks"]
            if not isinstance(data__webhooks, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".webhooks must be object", value=data__webhooks, name="" + (name_prefix or "data") + ".webhooks", definition={'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'type': {'enum': ['wecom', 'dingtalk']}, 'url_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'secret_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'webhook': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'key': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'token': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'access_token': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'secret': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}}, 'required': ['type'], 'additionalProperties': False}}, rule='type')
            data__webhooks_is_dict = isinstance(data__webhooks, dict)
            if data__webhooks_is_dict:
                data__webhooks_keys = set(data__webhooks.keys())
                for data__webhooks_key in data__webhooks_keys:
                    if data__webhooks_key not in []:
                        data__webhooks_value = data__webhooks.get(data__webhooks_key)
                        validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_webhook(data__webhooks_value, custom_formats, name_prefix)
        if "smtp" in data_keys:
            data_keys.remove("smtp")
            data__smtp = data["smtp"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_smtp(data__smtp, custom_formats, name_prefix)
        if "departments" in data_keys:
            data_keys.remove("departments")
            data__departments = data["departments"]
            if not isinstance(data__departments, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".departments must be object", value=data__departments, name="" + (name_prefix or "data") + ".departments", definition={'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'webhooks': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'array', 'uniqueItems': True, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/email'}}}, 'additionalProperties': False}}, rule='type')
            data__departments_is_dict = isinstance(data__departments, dict)
            if data__departments_is_dict:
                data__departments_keys = set(data__departments.keys())
                for data__departments_key in data__departments_keys:
                    if data__departments_key not in []:
                        data__departments_value = data__departments.get(data__departments_key)
                        validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_recipients(data__departments_value, custom_formats, name_prefix)
        if "delivery" in data_keys:
            data_keys.remove("delivery")
            data__delivery = data["delivery"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_delivery(data__delivery, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'webhooks': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'type': {'enum': ['wecom', 'dingtalk']}, 'url_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'secret_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'webhook': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'key': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'token': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'access_token': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}, 'secret': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}}, 'required': ['type'], 'additionalProperties': False}}, 'smtp': {'type': 'object', 'properties': {'host': {'type': 'string', 'minLength': 1}, 'port': {'type': 'integer', 'minimum': 1, 'maximum': 65535}, 'sender': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/email'}, 'username': {'type': 'string', 'minLength': 1}, 'password_env': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/envName'}, 'password': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/literalSecret'}}, 'required': ['host', 'sender'], 'additionalProperties': False}, 'departments': {'type': 'object', 'additionalProperties': {'type': 'object', 'properties': {'webhooks': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'array', 'uniqueItems': True, 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/checklist.schema.json#/$defs/email'}}}, 'additionalProperties': False}}, 'delivery': {'type': 'object', 'properties': {'attempts': {'type': 'integer', 'minimum': 1, 'maximum': 5}, 'backoff': {'type': 'number', 'minimum': 0, 'maximum': 10}, 'timeout': {'type': 'number', 'minimum': 0.01, 'maximum': 60}, 'deadline': {'type': 'number', 'minimum': 0.01, 'maximum': 300}, 'total': {'type': 'number', 'minimum': 0.01, 'maximum': 3600}}, 'additionalProperties': False}}, 'required': ['departments'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_delivery(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'attempts': {'type': 'integer', 'minimum': 1, 'maximum': 5}, 'backoff': {'type': 'number', 'minimum': 0, 'maximum': 10}, 'timeout': {'type': 'number', 'minimum': 0.01, 'maximum': 60}, 'deadline': {'type': 'number', 'minimum': 0.01, 'maximum': 300}, 'total': {'type': 'number', 'minimum': 0.01, 'maximum': 3600}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "attempts" in data_keys:
            data_keys.remove("attempts")
            data__attempts = data["attempts"]
            if not isinstance(data__attempts, (int)) and not (isinstance(data__attempts, float) and data__attempts.is_integer()) or isinstance(data__attempts, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".attempts must be integer", value=data__attempts, name="" + (name_prefix or "data") + ".attempts", definition={'type': 'integer', 'minimum': 1, 'maximum': 5}, rule='type')
            if isinstance(data__attempts, (int, float, Decimal)) and not isinstance(data__attempts, bool):
                if data__attempts < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".attempts must be bigger than or equal to 1", value=data__attempts, name="" + (name_prefix or "data") + ".attempts", definition={'type': 'integer', 'minimum': 1, 'maximum': 5}, rule='minimum')
                if data__attempts > 5:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".attempts must be smaller than or equal to 5", value=data__attempts, name="" + (name_prefix or "data") + ".attempts", definition={'type': 'integer', 'minimum': 1, 'maximum': 5}, rule='maximum')
        if "backoff" in data_keys:
            data_keys.remove("backoff")
            data__backoff = data["backoff"]
            if not isinstance(data__backoff, (int, float, Decimal)) or isinstance(data__backoff, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".backoff must be number", value=data__backoff, name="" + (name_prefix or "data") + ".backoff", definition={'type': 'number', 'minimum': 0, 'maximum': 10}, rule='type')
            if isinstance(data__backoff, (int, float, Decimal)) and not isinstance(data__backoff, bool):
                if data__backoff < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backoff must be bigger than or equal to 0", value=data__backoff, name="" + (name_prefix or "data") + ".backoff", definition={'type': 'number', 'minimum': 0, 'maximum': 10}, rule='minimum')
                if data__backoff > 10:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".backoff must be smaller than or equal to 10", value=data__backoff, name="" + (name_prefix or "data") + ".backoff", definition={'type': 'number', 'minimum': 0, 'maximum': 10}, rule='maximum')
        if "timeout" in data_keys:
            data_keys.remove("timeout")
            data__timeout = data["timeout"]
            if not isinstance(data__timeout, (int, float, Decimal)) or isinstance(data__timeout, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".timeout must be number", value=data__timeout, name="" + (name_prefix or "data") + ".timeout", definition={'type': 'number', 'minimum': 0.01, 'maximum': 60}, rule='type')
            if isinstance(data__timeout, (int, float, Decimal)) and not isinstance(data__timeout, bool):
                if data__timeout < 0.01:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timeout must be bigger than or equal to 0.01", value=data__timeout, name="" + (name_prefix or "data") + ".timeout", definition={'type': 'number', 'minimum': 0.01, 'maximum': 60}, rule='minimum')
                if data__timeout > 60:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timeout must be smaller than or equal to 60", value=data__timeout, name="" + (name_prefix or "data") + ".timeout", definition={'type': 'number', 'minimum': 0.01, 'maximum': 60}, rule='maximum')
        if "deadline" in data_keys:
            data_keys.remove("deadline")
            data__deadline = data["deadline"]
            if not isinstance(data__deadline, (int, float, Decimal)) or isinstance(data__deadline, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".deadline must be number", value=data__deadline, name="" + (name_prefix or "data") + ".deadline", definition={'type': 'number', 'minimum': 0.01, 'maximum': 300}, rule='type')
            if isinstance(data__deadline, (int, float, Decimal)) and not isinstance(data__deadline, bool):
                if data__deadline < 0.01:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".deadline must be bigger than or equal to 0.01", value=data__deadline, name="" + (name_prefix or "data") + ".deadline", definition={'type': 'number', 'minimum': 0.01, 'maximum': 300}, rule='minimum')
                if data__deadline > 300:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".deadline must be smaller than or equal to 300", value=data__deadline, name="" + (name_prefix or "data") + ".deadline", definition={'type': 'number', 'minimum': 0.01, 'maximum': 300}, rule='maximum')
        if "total" in data_keys:
            data_keys.remove("total")
            data__total = data["total"]
            if not isinstance(data__total, (int, float, Decimal)) or isinstance(data__total, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".total must be number", value=data__total, name="" + (name_prefix or "data") + ".total", definition={'type': 'number', 'minimum': 0.01, 'maximum': 3600}, rule='type')
            if isinstance(data__total, (int, float, Decimal)) and not isinstance(data__total, bool):
                if data__total < 0.01:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".total must be bigger than or equal to 0.01", value=data__total, name="" + (name_prefix or "data") + ".total", definition={'type': 'number', 'minimum': 0.01, 'maximum': 3600}, rule='minimum')
                if data__total > 3600:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".total must be smaller than or equal to 3600", value=data__total, name="" + (name_prefix or "data") + ".total", definition={'type': 'number', 'minimum': 0.01, 'maximum': 3600}, rule='maximum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'attempts': {'type': 'integer', 'minimum': 1, 'maximum': 5}, 'backoff': {'type': 'number', 'minimum': 0, 'maximum': 10}, 'timeout': {'type': 'number', 'minimum': 0.01, 'maximum': 60}, 'deadline': {'type': 'number', 'minimum': 0.01, 'maximum': 300}, 'total': {'type': 'number', 'minimum': 0.01, 'maximum': 3600}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_recipients(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'webhooks': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "webhooks" in data_keys:
            data_keys.remove("webhooks")
            data__webhooks = data["webhooks"]
            if not isinstance(data__webhooks, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".webhooks must be array", value=data__webhooks, name="" + (name_prefix or "data") + ".webhooks", definition={'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__webhooks_is_list = isinstance(data__webhooks, (list, tuple))
            if data__webhooks_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__webhooks_len = len(data__webhooks)
                if data__webhooks_len > len(set(fn(data__webhooks_x) for data__webhooks_x in data__webhooks)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".webhooks must contain unique items", value=data__webhooks, name="" + (name_prefix or "data") + ".webhooks", definition={'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='uniqueItems')
                for data__webhooks_x, data__webhooks_item in enumerate(data__webhooks):
                    if not isinstance(data__webhooks_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".webhooks[{data__webhooks_x}]".format(**locals()) + " must be string", value=data__webhooks_item, name="" + (name_prefix or "data") + ".webhooks[{data__webhooks_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__webhooks_item, str):
                        data__webhooks_item_len = len(data__webhooks_item)
                        if data__webhooks_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".webhooks[{data__webhooks_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__webhooks_item, name="" + (name_prefix or "data") + ".webhooks[{data__webhooks_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "email" in data_keys:
            data_keys.remove("email")
            data__email = data["email"]
            if not isinstance(data__email, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".email must be array", value=data__email, name="" + (name_prefix or "data") + ".email", definition={'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}}, rule='type')
            data__email_is_list = isinstance(data__email, (list, tuple))
            if data__email_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__email_len = len(data__email)
                if data__email_len > len(set(fn(data__email_x) for data__email_x in data__email)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".email must contain unique items", value=data__email, name="" + (name_prefix or "data") + ".email", definition={'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}}, rule='uniqueItems')
                for data__email_x, data__email_item in enumerate(data__email):
                    validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_email(data__email_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'webhooks': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'email': {'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_email(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}, rule='pattern')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_smtp(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'host': {'type': 'string', 'minLength': 1}, 'port': {'type': 'integer', 'minimum': 1, 'maximum': 65535}, 'sender': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}, 'username': {'type': 'string', 'minLength': 1}, 'password_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'password': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}}, 'required': ['host', 'sender'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['host', 'sender']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'host': {'type': 'string', 'minLength': 1}, 'port': {'type': 'integer', 'minimum': 1, 'maximum': 65535}, 'sender': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}, 'username': {'type': 'string', 'minLength': 1}, 'password_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'password': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}}, 'required': ['host', 'sender'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "host" in data_keys:
            data_keys.remove("host")
            data__host = data["host"]
            if not isinstance(data__host, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".host must be string", value=data__host, name="" + (name_prefix or "data") + ".host", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__host, str):
                data__host_len = len(data__host)
                if data__host_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".host must be longer than or equal to 1 characters", value=data__host, name="" + (name_prefix or "data") + ".host", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "port" in data_keys:
            data_keys.remove("port")
            data__port = data["port"]
            if not isinstance(data__port, (int)) and not (isinstance(data__port, float) and data__port.is_integer()) or isinstance(data__port, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".port must be integer", value=data__port, name="" + (name_prefix or "data") + ".port", definition={'type': 'integer', 'minimum': 1, 'maximum': 65535}, rule='type')
            if isinstance(data__port, (int, float, Decimal)) and not isinstance(data__port, bool):
                if data__port < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".port must be bigger than or equal to 1", value=data__port, name="" + (name_prefix or "data") + ".port", definition={'type': 'integer', 'minimum': 1, 'maximum': 65535}, rule='minimum')
                if data__port > 65535:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".port must be smaller than or equal to 65535", value=data__port, name="" + (name_prefix or "data") + ".port", definition={'type': 'integer', 'minimum': 1, 'maximum': 65535}, rule='maximum')
        if "sender" in data_keys:
            data_keys.remove("sender")
            data__sender = data["sender"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_email(data__sender, custom_formats, name_prefix)
        if "username" in data_keys:
            data_keys.remove("username")
            data__username = data["username"]
            if not isinstance(data__username, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".username must be string", value=data__username, name="" + (name_prefix or "data") + ".username", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__username, str):
                data__username_len = len(data__username)
                if data__username_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".username must be longer than or equal to 1 characters", value=data__username, name="" + (name_prefix or "data") + ".username", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "password_env" in data_keys:
            data_keys.remove("password_env")
            data__passwordenv = data["password_env"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_envname(data__passwordenv, custom_formats, name_prefix)
        if "password" in data_keys:
            data_keys.remove("password")
            data__password = data["password"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_literalsecret(data__password, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'host': {'type': 'string', 'minLength': 1}, 'port': {'type': 'integer', 'minimum': 1, 'maximum': 65535}, 'sender': {'type': 'string', 'pattern': '^[^@\\s<>,;"]+@[^@\\s<>,;"]+\\.[^@\\s<>,;"]+$'}, 'username': {'type': 'string', 'minLength': 1}, 'password_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'password': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}}, 'required': ['host', 'sender'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_literalsecret(data, custom_formats={}, name_prefix=None):
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_envname(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, rule='minLength')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_webhook(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'enum': ['wecom', 'dingtalk']}, 'url_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'secret_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'url': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'webhook': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'key': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'token': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'access_token': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'secret': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}}, 'required': ['type'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'enum': ['wecom', 'dingtalk']}, 'url_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'secret_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'url': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'webhook': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'key': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'token': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'access_token': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'secret': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}}, 'required': ['type'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not (isinstance(data__type, str) and data__type == 'wecom' or isinstance(data__type, str) and data__type == 'dingtalk'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be one of ['wecom', 'dingtalk']", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'enum': ['wecom', 'dingtalk']}, rule='enum')
        if "url_env" in data_keys:
            data_keys.remove("url_env")
            data__urlenv = data["url_env"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_envname(data__urlenv, custom_formats, name_prefix)
        if "secret_env" in data_keys:
            data_keys.remove("secret_env")
            data__secretenv = data["secret_env"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_envname(data__secretenv, custom_formats, name_prefix)
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_literalsecret(data__url, custom_formats, name_prefix)
        if "webhook" in data_keys:
            data_keys.remove("webhook")
            data__webhook = data["webhook"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_literalsecret(data__webhook, custom_formats, name_prefix)
        if "key" in data_keys:
            data_keys.remove("key")
            data__key = data["key"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_literalsecret(data__key, custom_formats, name_prefix)
        if "token" in data_keys:
            data_keys.remove("token")
            data__token = data["token"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_literalsecret(data__token, custom_formats, name_prefix)
        if "access_token" in data_keys:
            data_keys.remove("access_token")
            data__accesstoken = data["access_token"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_literalsecret(data__accesstoken, custom_formats, name_prefix)
        if "secret" in data_keys:
            data_keys.remove("secret")
            data__secret = data["secret"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_literalsecret(data__secret, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'type': {'enum': ['wecom', 'dingtalk']}, 'url_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'secret_env': {'type': 'string', 'minLength': 1, 'description': 'The name of an environment variable that holds a secret at send time.'}, 'url': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'webhook': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'key': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'token': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'access_token': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}, 'secret': {'description': 'Never valid: secrets come only from environment variables (the *_env fields). Accepted by the schema so that the checklist check can refuse it without printing the value.'}}, 'required': ['type'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_waiver(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$'}, 'item': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'justification': {'type': 'string', 'minLength': 1}, 'approved_by': {'type': 'string'}, 'expires': {'type': 'string', 'minLength': 1}}, 'required': ['justification'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['justification']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$'}, 'item': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'justification': {'type': 'string', 'minLength': 1}, 'approved_by': {'type': 'string'}, 'expires': {'type': 'string', 'minLength': 1}}, 'required': ['justification'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "key" in data_keys:
            data_keys.remove("key")
            data__key = data["key"]
            if not isinstance(data__key, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".key must be string", value=data__key, name="" + (name_prefix or "data") + ".key", definition={'type': 'string', 'pattern': '^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$'}, rule='type')
            if isinstance(data__key, str):
                if not REGEX_PATTERNS['^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$'].search(data__key):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".key must match pattern ^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$", value=data__key, name="" + (name_prefix or "data") + ".key", definition={'type': 'string', 'pattern': '^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$'}, rule='pattern')
        if "item" in data_keys:
            data_keys.remove("item")
            data__item = data["item"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_itemid(data__item, custom_formats, name_prefix)
        if "justification" in data_keys:
            data_keys.remove("justification")
            data__justification = data["justification"]
            if not isinstance(data__justification, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".justification must be string", value=data__justification, name="" + (name_prefix or "data") + ".justification", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__justification, str):
                data__justification_len = len(data__justification)
                if data__justification_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".justification must be longer than or equal to 1 characters", value=data__justification, name="" + (name_prefix or "data") + ".justification", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "approved_by" in data_keys:
            data_keys.remove("approved_by")
            data__approvedby = data["approved_by"]
            if not isinstance(data__approvedby, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".approved_by must be string", value=data__approvedby, name="" + (name_prefix or "data") + ".approved_by", definition={'type': 'string'}, rule='type')
        if "expires" in data_keys:
            data_keys.remove("expires")
            data__expires = data["expires"]
            validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_date(data__expires, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([A-Za-z0-9][A-Za-z0-9._-]*/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$'}, 'item': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'justification': {'type': 'string', 'minLength': 1}, 'approved_by': {'type': 'string'}, 'expires': {'type': 'string', 'minLength': 1}}, 'required': ['justification'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_channel(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'name_en': {'type': 'string'}, 'group': {'enum': ['web', 'new_media', 'internal', 'other']}, 'public': {'type': 'boolean'}, 'column': {'type': 'boolean'}, 'linked_from_column': {'type': 'boolean'}, 'aliases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "name_en" in data_keys:
            data_keys.remove("name_en")
            data__nameen = data["name_en"]
            if not isinstance(data__nameen, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name_en must be string", value=data__nameen, name="" + (name_prefix or "data") + ".name_en", definition={'type': 'string'}, rule='type')
        if "group" in data_keys:
            data_keys.remove("group")
            data__group = data["group"]
            if not (isinstance(data__group, str) and data__group == 'web' or isinstance(data__group, str) and data__group == 'new_media' or isinstance(data__group, str) and data__group == 'internal' or isinstance(data__group, str) and data__group == 'other'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".group must be one of ['web', 'new_media', 'internal', 'other']", value=data__group, name="" + (name_prefix or "data") + ".group", definition={'enum': ['web', 'new_media', 'internal', 'other']}, rule='enum')
        if "public" in data_keys:
            data_keys.remove("public")
            data__public = data["public"]
            if not isinstance(data__public, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".public must be boolean", value=data__public, name="" + (name_prefix or "data") + ".public", definition={'type': 'boolean'}, rule='type')
        if "column" in data_keys:
            data_keys.remove("column")
            data__column = data["column"]
            if not isinstance(data__column, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".column must be boolean", value=data__column, name="" + (name_prefix or "data") + ".column", definition={'type': 'boolean'}, rule='type')
        if "linked_from_column" in data_keys:
            data_keys.remove("linked_from_column")
            data__linkedfromcolumn = data["linked_from_column"]
            if not isinstance(data__linkedfromcolumn, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".linked_from_column must be boolean", value=data__linkedfromcolumn, name="" + (name_prefix or "data") + ".linked_from_column", definition={'type': 'boolean'}, rule='type')
        if "aliases" in data_keys:
            data_keys.remove("aliases")
            data__aliases = data["aliases"]
            if not isinstance(data__aliases, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".aliases must be array", value=data__aliases, name="" + (name_prefix or "data") + ".aliases", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__aliases_is_list = isinstance(data__aliases, (list, tuple))
            if data__aliases_is_list:
                data__aliases_len = len(data__aliases)
                for data__aliases_x, data__aliases_item in enumerate(data__aliases):
                    if not isinstance(data__aliases_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".aliases[{data__aliases_x}]".format(**locals()) + " must be string", value=data__aliases_item, name="" + (name_prefix or "data") + ".aliases[{data__aliases_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__aliases_item, str):
                        data__aliases_item_len = len(data__aliases_item)
                        if data__aliases_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".aliases[{data__aliases_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__aliases_item, name="" + (name_prefix or "data") + ".aliases[{data__aliases_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'name_en': {'type': 'string'}, 'group': {'enum': ['web', 'new_media', 'internal', 'other']}, 'public': {'type': 'boolean'}, 'column': {'type': 'boolean'}, 'linked_from_column': {'type': 'boolean'}, 'aliases': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_category(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}}, 'required': ['id', 'title'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'title']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}}, 'required': ['id', 'title'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, rule='type')
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z][a-z0-9_]*$", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, rule='pattern')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title_en" in data_keys:
            data_keys.remove("title_en")
            data__titleen = data["title_en"]
            if not isinstance(data__titleen, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title_en must be string", value=data__titleen, name="" + (name_prefix or "data") + ".title_en", definition={'type': 'string'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'id': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'title_en': {'type': 'string'}}, 'required': ['id', 'title'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_checklist_schema_json___defs_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
    return data

validate = validate_https___disclosure_audit_invalid_schemas_checklist_schema_json
