# Generated from ledger.schema.json by `python -m disclosure_audit.inputs.gates`: do not edit.
# ruff: noqa
SOURCE = '6037bac0398eed41793ed5095d48361e95bd8a86c18ae8e302c4bb2f0545f71d'
VERSION = "2.22.3"
from decimal import Decimal
import re
from disclosure_audit.inputs.gates._raised import GateFailed as JsonSchemaValueException, GateFailedMany as JsonSchemaValuesException


REGEX_PATTERNS = {
    '^site/': re.compile('^site/'),
    '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$': re.compile('^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))\\Z'),
    '^[0-9a-f]{12}$': re.compile('^[0-9a-f]{12}\\Z')
}

NoneType = type(None)

def validate_https___disclosure_audit_invalid_schemas_ledger_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://disclosure-audit.invalid/schemas/ledger.schema.json', 'title': 'disclosure-audit rectification ledger (ledger.yaml)', 'type': 'object', 'properties': {'version': {'enum': [1, 2]}, 'institution': {'type': ['string', 'null']}, 'updated': {'type': ['string', 'null']}, 'period': {'type': 'object', 'properties': {'start': {'type': 'string', 'minLength': 1}, 'end': {'type': 'string', 'minLength': 1}}, 'required': ['start', 'end'], 'additionalProperties': False}, 'entries': {'type': 'array', 'items': {'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, 'item': {'type': ['string', 'null']}, 'kind': {'enum': ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']}, 'title': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'department': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'dimension': {'enum': ['completeness', 'availability', 'timeliness', 'convenience', None]}, 'owner': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'problem': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'reason': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'measure': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'evidence': {'type': 'array', 'items': {'type': 'string'}}, 'opened': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'deadline': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'status': {'enum': ['open', 'in_progress', 'done', 'waived']}, 'closed': {'anyOf': [{'type': 'null'}, {'$ref': '#/$defs/date'}]}, 'waiver': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'note': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'history': {'type': 'array', 'items': {'type': 'object', 'properties': {'date': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}}, 'evidence_keys': {'description': 'Pages a crawl kept: disclosure-audit evidence show KEY', 'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['key', 'opened', 'deadline', 'status'], 'additionalProperties': False, '$comment': "A site check's entry (site/...) belongs to no item; every other entry names one.", 'anyOf': [{'properties': {'item': {'type': 'string', 'minLength': 1}}, 'required': ['item']}, {'properties': {'key': {'pattern': '^site/'}}, 'required': ['key']}]}}, 'reminders': {'type': 'array', 'items': {'description': "One reminder sent (or tried) by 'ledger remind --send'.", 'type': 'object', 'properties': {'sent': {'type': 'string', 'minLength': 1}, 'as_of': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'department': {'type': 'string'}, 'channel': {'enum': ['wecom', 'dingtalk', 'email']}, 'recipient': {'type': 'string'}, 'entries': {'type': 'array', 'items': {'type': 'string'}}, 'result': {'enum': ['sent', 'failed']}, 'error': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}}, 'required': ['sent', 'as_of', 'department', 'channel', 'recipient', 'entries', 'result'], 'additionalProperties': False}}}, 'required': ['entries'], 'additionalProperties': False, '$defs': {'date': {'type': 'string', 'minLength': 1}, 'text': {'type': ['string', 'null']}, 'reminder': {'description': "One reminder sent (or tried) by 'ledger remind --send'.", 'type': 'object', 'properties': {'sent': {'type': 'string', 'minLength': 1}, 'as_of': {'type': 'string', 'minLength': 1}, 'department': {'type': 'string'}, 'channel': {'enum': ['wecom', 'dingtalk', 'email']}, 'recipient': {'type': 'string'}, 'entries': {'type': 'array', 'items': {'type': 'string'}}, 'result': {'enum': ['sent', 'failed']}, 'error': {'type': ['string', 'null']}}, 'required': ['sent', 'as_of', 'department', 'channel', 'recipient', 'entries', 'result'], 'additionalProperties': False}, 'entry': {'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, 'item': {'type': ['string', 'null']}, 'kind': {'enum': ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']}, 'title': {'type': ['string', 'null']}, 'department': {'type': ['string', 'null']}, 'dimension': {'enum': ['completeness', 'availability', 'timeliness', 'convenience', None]}, 'owner': {'type': ['string', 'null']}, 'problem': {'type': ['string', 'null']}, 'reason': {'type': ['string', 'null']}, 'measure': {'type': ['string', 'null']}, 'evidence': {'type': 'array', 'items': {'type': 'string'}}, 'opened': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'minLength': 1}, 'status': {'enum': ['open', 'in_progress', 'done', 'waived']}, 'closed': {'anyOf': [{'type': 'null'}, {'type': 'string', 'minLength': 1}]}, 'waiver': {'type': ['string', 'null']}, 'note': {'type': ['string', 'null']}, 'history': {'type': 'array', 'items': {'type': 'object', 'properties': {'date': {'type': 'string', 'minLength': 1}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'type': ['string', 'null']}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}}, 'evidence_keys': {'description': 'Pages a crawl kept: disclosure-audit evidence show KEY', 'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['key', 'opened', 'deadline', 'status'], 'additionalProperties': False, '$comment': "A site check's entry (site/...) belongs to no item; every other entry names one.", 'anyOf': [{'properties': {'item': {'type': 'string', 'minLength': 1}}, 'required': ['item']}, {'properties': {'key': {'pattern': '^site/'}}, 'required': ['key']}]}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['entries']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://disclosure-audit.invalid/schemas/ledger.schema.json', 'title': 'disclosure-audit rectification ledger (ledger.yaml)', 'type': 'object', 'properties': {'version': {'enum': [1, 2]}, 'institution': {'type': ['string', 'null']}, 'updated': {'type': ['string', 'null']}, 'period': {'type': 'object', 'properties': {'start': {'type': 'string', 'minLength': 1}, 'end': {'type': 'string', 'minLength': 1}}, 'required': ['start', 'end'], 'additionalProperties': False}, 'entries': {'type': 'array', 'items': {'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, 'item': {'type': ['string', 'null']}, 'kind': {'enum': ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']}, 'title': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'department': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'dimension': {'enum': ['completeness', 'availability', 'timeliness', 'convenience', None]}, 'owner': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'problem': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'reason': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'measure': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'evidence': {'type': 'array', 'items': {'type': 'string'}}, 'opened': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'deadline': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'status': {'enum': ['open', 'in_progress', 'done', 'waived']}, 'closed': {'anyOf': [{'type': 'null'}, {'$ref': '#/$defs/date'}]}, 'waiver': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'note': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'history': {'type': 'array', 'items': {'type': 'object', 'properties': {'date': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}}, 'evidence_keys': {'description': 'Pages a crawl kept: disclosure-audit evidence show KEY', 'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['key', 'opened', 'deadline', 'status'], 'additionalProperties': False, '$comment': "A site check's entry (site/...) belongs to no item; every other entry names one.", 'anyOf': [{'properties': {'item': {'type': 'string', 'minLength': 1}}, 'required': ['item']}, {'properties': {'key': {'pattern': '^site/'}}, 'required': ['key']}]}}, 'reminders': {'type': 'array', 'items': {'description': "One reminder sent (or tried) by 'ledger remind --send'.", 'type': 'object', 'properties': {'sent': {'type': 'string', 'minLength': 1}, 'as_of': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'department': {'type': 'string'}, 'channel': {'enum': ['wecom', 'dingtalk', 'email']}, 'recipient': {'type': 'string'}, 'entries': {'type': 'array', 'items': {'type': 'string'}}, 'result': {'enum': ['sent', 'failed']}, 'error': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}}, 'required': ['sent', 'as_of', 'department', 'channel', 'recipient', 'entries', 'result'], 'additionalProperties': False}}}, 'required': ['entries'], 'additionalProperties': False, '$defs': {'date': {'type': 'string', 'minLength': 1}, 'text': {'type': ['string', 'null']}, 'reminder': {'description': "One reminder sent (or tried) by 'ledger remind --send'.", 'type': 'object', 'properties': {'sent': {'type': 'string', 'minLength': 1}, 'as_of': {'type': 'string', 'minLength': 1}, 'department': {'type': 'string'}, 'channel': {'enum': ['wecom', 'dingtalk', 'email']}, 'recipient': {'type': 'string'}, 'entries': {'type': 'array', 'items': {'type': 'string'}}, 'result': {'enum': ['sent', 'failed']}, 'error': {'type': ['string', 'null']}}, 'required': ['sent', 'as_of', 'department', 'channel', 'recipient', 'entries', 'result'], 'additionalProperties': False}, 'entry': {'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, 'item': {'type': ['string', 'null']}, 'kind': {'enum': ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']}, 'title': {'type': ['string', 'null']}, 'department': {'type': ['string', 'null']}, 'dimension': {'enum': ['completeness', 'availability', 'timeliness', 'convenience', None]}, 'owner': {'type': ['string', 'null']}, 'problem': {'type': ['string', 'null']}, 'reason': {'type': ['string', 'null']}, 'measure': {'type': ['string', 'null']}, 'evidence': {'type': 'array', 'items': {'type': 'string'}}, 'opened': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'minLength': 1}, 'status': {'enum': ['open', 'in_progress', 'done', 'waived']}, 'closed': {'anyOf': [{'type': 'null'}, {'type': 'string', 'minLength': 1}]}, 'waiver': {'type': ['string', 'null']}, 'note': {'type': ['string', 'null']}, 'history': {'type': 'array', 'items': {'type': 'object', 'properties': {'date': {'type': 'string', 'minLength': 1}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'type': ['string', 'null']}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}}, 'evidence_keys': {'description': 'Pages a crawl kept: disclosure-audit evidence show KEY', 'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['key', 'opened', 'deadline', 'status'], 'additionalProperties': False, '$comment': "A site check's entry (site/...) belongs to no item; every other entry names one.", 'anyOf': [{'properties': {'item': {'type': 'string', 'minLength': 1}}, 'required': ['item']}, {'properties': {'key': {'pattern': '^site/'}}, 'required': ['key']}]}}}, rule='required')
        data_keys = set(data.keys())
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not (isinstance(data__version, (int, float)) and not isinstance(data__version, bool) and data__version == 1 or isinstance(data__version, (int, float)) and not isinstance(data__version, bool) and data__version == 2):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must be one of [1, 2]", value=data__version, name="" + (name_prefix or "data") + ".version", definition={'enum': [1, 2]}, rule='enum')
        if "institution" in data_keys:
            data_keys.remove("institution")
            data__institution = data["institution"]
            if not isinstance(data__institution, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".institution must be string or null", value=data__institution, name="" + (name_prefix or "data") + ".institution", definition={'type': ['string', 'null']}, rule='type')
        if "updated" in data_keys:
            data_keys.remove("updated")
            data__updated = data["updated"]
            if not isinstance(data__updated, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".updated must be string or null", value=data__updated, name="" + (name_prefix or "data") + ".updated", definition={'type': ['string', 'null']}, rule='type')
        if "period" in data_keys:
            data_keys.remove("period")
            data__period = data["period"]
            if not isinstance(data__period, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".period must be object", value=data__period, name="" + (name_prefix or "data") + ".period", definition={'type': 'object', 'properties': {'start': {'type': 'string', 'minLength': 1}, 'end': {'type': 'string', 'minLength': 1}}, 'required': ['start', 'end'], 'additionalProperties': False}, rule='type')
            data__period_is_dict = isinstance(data__period, dict)
            if data__period_is_dict:
                data__period__missing_keys = set(['start', 'end']) - data__period.keys()
                if data__period__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".period must contain " + (str(sorted(data__period__missing_keys)) + " properties"), value=data__period, name="" + (name_prefix or "data") + ".period", definition={'type': 'object', 'properties': {'start': {'type': 'string', 'minLength': 1}, 'end': {'type': 'string', 'minLength': 1}}, 'required': ['start', 'end'], 'additionalProperties': False}, rule='required')
                data__period_keys = set(data__period.keys())
                if "start" in data__period_keys:
                    data__period_keys.remove("start")
                    data__period__start = data__period["start"]
                    validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_date(data__period__start, custom_formats, name_prefix)
                if "end" in data__period_keys:
                    data__period_keys.remove("end")
                    data__period__end = data__period["end"]
                    validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_date(data__period__end, custom_formats, name_prefix)
                if data__period_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".period must not contain "+str(data__period_keys)+" properties", value=data__period, name="" + (name_prefix or "data") + ".period", definition={'type': 'object', 'properties': {'start': {'type': 'string', 'minLength': 1}, 'end': {'type': 'string', 'minLength': 1}}, 'required': ['start', 'end'], 'additionalProperties': False}, rule='additionalProperties')
        if "entries" in data_keys:
            data_keys.remove("entries")
            data__entries = data["entries"]
            if not isinstance(data__entries, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".entries must be array", value=data__entries, name="" + (name_prefix or "data") + ".entries", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, 'item': {'type': ['string', 'null']}, 'kind': {'enum': ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']}, 'title': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'department': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'dimension': {'enum': ['completeness', 'availability', 'timeliness', 'convenience', None]}, 'owner': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'problem': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'reason': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'measure': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'evidence': {'type': 'array', 'items': {'type': 'string'}}, 'opened': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'deadline': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'status': {'enum': ['open', 'in_progress', 'done', 'waived']}, 'closed': {'anyOf': [{'type': 'null'}, {'$ref': '#/$defs/date'}]}, 'waiver': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'note': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'history': {'type': 'array', 'items': {'type': 'object', 'properties': {'date': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}}, 'evidence_keys': {'description': 'Pages a crawl kept: disclosure-audit evidence show KEY', 'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['key', 'opened', 'deadline', 'status'], 'additionalProperties': False, '$comment': "A site check's entry (site/...) belongs to no item; every other entry names one.", 'anyOf': [{'properties': {'item': {'type': 'string', 'minLength': 1}}, 'required': ['item']}, {'properties': {'key': {'pattern': '^site/'}}, 'required': ['key']}]}}, rule='type')
            data__entries_is_list = isinstance(data__entries, (list, tuple))
            if data__entries_is_list:
                data__entries_len = len(data__entries)
                for data__entries_x, data__entries_item in enumerate(data__entries):
                    validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_entry(data__entries_item, custom_formats, name_prefix)
        if "reminders" in data_keys:
            data_keys.remove("reminders")
            data__reminders = data["reminders"]
            if not isinstance(data__reminders, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reminders must be array", value=data__reminders, name="" + (name_prefix or "data") + ".reminders", definition={'type': 'array', 'items': {'description': "One reminder sent (or tried) by 'ledger remind --send'.", 'type': 'object', 'properties': {'sent': {'type': 'string', 'minLength': 1}, 'as_of': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'department': {'type': 'string'}, 'channel': {'enum': ['wecom', 'dingtalk', 'email']}, 'recipient': {'type': 'string'}, 'entries': {'type': 'array', 'items': {'type': 'string'}}, 'result': {'enum': ['sent', 'failed']}, 'error': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}}, 'required': ['sent', 'as_of', 'department', 'channel', 'recipient', 'entries', 'result'], 'additionalProperties': False}}, rule='type')
            data__reminders_is_list = isinstance(data__reminders, (list, tuple))
            if data__reminders_is_list:
                data__reminders_len = len(data__reminders)
                for data__reminders_x, data__reminders_item in enumerate(data__reminders):
                    validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_reminder(data__reminders_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://disclosure-audit.invalid/schemas/ledger.schema.json', 'title': 'disclosure-audit rectification ledger (ledger.yaml)', 'type': 'object', 'properties': {'version': {'enum': [1, 2]}, 'institution': {'type': ['string', 'null']}, 'updated': {'type': ['string', 'null']}, 'period': {'type': 'object', 'properties': {'start': {'type': 'string', 'minLength': 1}, 'end': {'type': 'string', 'minLength': 1}}, 'required': ['start', 'end'], 'additionalProperties': False}, 'entries': {'type': 'array', 'items': {'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, 'item': {'type': ['string', 'null']}, 'kind': {'enum': ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']}, 'title': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'department': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'dimension': {'enum': ['completeness', 'availability', 'timeliness', 'convenience', None]}, 'owner': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'problem': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'reason': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'measure': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'evidence': {'type': 'array', 'items': {'type': 'string'}}, 'opened': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'deadline': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'status': {'enum': ['open', 'in_progress', 'done', 'waived']}, 'closed': {'anyOf': [{'type': 'null'}, {'$ref': '#/$defs/date'}]}, 'waiver': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'note': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}, 'history': {'type': 'array', 'items': {'type': 'object', 'properties': {'date': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}}, 'evidence_keys': {'description': 'Pages a crawl kept: disclosure-audit evidence show KEY', 'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['key', 'opened', 'deadline', 'status'], 'additionalProperties': False, '$comment': "A site check's entry (site/...) belongs to no item; every other entry names one.", 'anyOf': [{'properties': {'item': {'type': 'string', 'minLength': 1}}, 'required': ['item']}, {'properties': {'key': {'pattern': '^site/'}}, 'required': ['key']}]}}, 'reminders': {'type': 'array', 'items': {'description': "One reminder sent (or tried) by 'ledger remind --send'.", 'type': 'object', 'properties': {'sent': {'type': 'string', 'minLength': 1}, 'as_of': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/date'}, 'department': {'type': 'string'}, 'channel': {'enum': ['wecom', 'dingtalk', 'email']}, 'recipient': {'type': 'string'}, 'entries': {'type': 'array', 'items': {'type': 'string'}}, 'result': {'enum': ['sent', 'failed']}, 'error': {'$ref': 'https://disclosure-audit.invalid/schemas/ledger.schema.json#/$defs/text'}}, 'required': ['sent', 'as_of', 'department', 'channel', 'recipient', 'entries', 'result'], 'additionalProperties': False}}}, 'required': ['entries'], 'additionalProperties': False, '$defs': {'date': {'type': 'string', 'minLength': 1}, 'text': {'type': ['string', 'null']}, 'reminder': {'description': "One reminder sent (or tried) by 'ledger remind --send'.", 'type': 'object', 'properties': {'sent': {'type': 'string', 'minLength': 1}, 'as_of': {'type': 'string', 'minLength': 1}, 'department': {'type': 'string'}, 'channel': {'enum': ['wecom', 'dingtalk', 'email']}, 'recipient': {'type': 'string'}, 'entries': {'type': 'array', 'items': {'type': 'string'}}, 'result': {'enum': ['sent', 'failed']}, 'error': {'type': ['string', 'null']}}, 'required': ['sent', 'as_of', 'department', 'channel', 'recipient', 'entries', 'result'], 'additionalProperties': False}, 'entry': {'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, 'item': {'type': ['string', 'null']}, 'kind': {'enum': ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']}, 'title': {'type': ['string', 'null']}, 'department': {'type': ['string', 'null']}, 'dimension': {'enum': ['completeness', 'availability', 'timeliness', 'convenience', None]}, 'owner': {'type': ['string', 'null']}, 'problem': {'type': ['string', 'null']}, 'reason': {'type': ['string', 'null']}, 'measure': {'type': ['string', 'null']}, 'evidence': {'type': 'array', 'items': {'type': 'string'}}, 'opened': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'minLength': 1}, 'status': {'enum': ['open', 'in_progress', 'done', 'waived']}, 'closed': {'anyOf': [{'type': 'null'}, {'type': 'string', 'minLength': 1}]}, 'waiver': {'type': ['string', 'null']}, 'note': {'type': ['string', 'null']}, 'history': {'type': 'array', 'items': {'type': 'object', 'properties': {'date': {'type': 'string', 'minLength': 1}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'type': ['string', 'null']}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}}, 'evidence_keys': {'description': 'Pages a crawl kept: disclosure-audit evidence show KEY', 'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['key', 'opened', 'deadline', 'status'], 'additionalProperties': False, '$comment': "A site check's entry (site/...) belongs to no item; every other entry names one.", 'anyOf': [{'properties': {'item': {'type': 'string', 'minLength': 1}}, 'required': ['item']}, {'properties': {'key': {'pattern': '^site/'}}, 'required': ['key']}]}}}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_reminder(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'description': "One reminder sent (or tried) by 'ledger remind --send'.", 'type': 'object', 'properties': {'sent': {'type': 'string', 'minLength': 1}, 'as_of': {'type': 'string', 'minLength': 1}, 'department': {'type': 'string'}, 'channel': {'enum': ['wecom', 'dingtalk', 'email']}, 'recipient': {'type': 'string'}, 'entries': {'type': 'array', 'items': {'type': 'string'}}, 'result': {'enum': ['sent', 'failed']}, 'error': {'type': ['string', 'null']}}, 'required': ['sent', 'as_of', 'department', 'channel', 'recipient', 'entries', 'result'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['sent', 'as_of', 'department', 'channel', 'recipient', 'entries', 'result']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'description': "One reminder sent (or tried) by 'ledger remind --send'.", 'type': 'object', 'properties': {'sent': {'type': 'string', 'minLength': 1}, 'as_of': {'type': 'string', 'minLength': 1}, 'department': {'type': 'string'}, 'channel': {'enum': ['wecom', 'dingtalk', 'email']}, 'recipient': {'type': 'string'}, 'entries': {'type': 'array', 'items': {'type': 'string'}}, 'result': {'enum': ['sent', 'failed']}, 'error': {'type': ['string', 'null']}}, 'required': ['sent', 'as_of', 'department', 'channel', 'recipient', 'entries', 'result'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "sent" in data_keys:
            data_keys.remove("sent")
            data__sent = data["sent"]
            if not isinstance(data__sent, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sent must be string", value=data__sent, name="" + (name_prefix or "data") + ".sent", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__sent, str):
                data__sent_len = len(data__sent)
                if data__sent_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sent must be longer than or equal to 1 characters", value=data__sent, name="" + (name_prefix or "data") + ".sent", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "as_of" in data_keys:
            data_keys.remove("as_of")
            data__asof = data["as_of"]
            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_date(data__asof, custom_formats, name_prefix)
        if "department" in data_keys:
            data_keys.remove("department")
            data__department = data["department"]
            if not isinstance(data__department, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".department must be string", value=data__department, name="" + (name_prefix or "data") + ".department", definition={'type': 'string'}, rule='type')
        if "channel" in data_keys:
            data_keys.remove("channel")
            data__channel = data["channel"]
            if not (isinstance(data__channel, str) and data__channel == 'wecom' or isinstance(data__channel, str) and data__channel == 'dingtalk' or isinstance(data__channel, str) and data__channel == 'email'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".channel must be one of ['wecom', 'dingtalk', 'email']", value=data__channel, name="" + (name_prefix or "data") + ".channel", definition={'enum': ['wecom', 'dingtalk', 'email']}, rule='enum')
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".recipient must be string", value=data__recipient, name="" + (name_prefix or "data") + ".recipient", definition={'type': 'string'}, rule='type')
        if "entries" in data_keys:
            data_keys.remove("entries")
            data__entries = data["entries"]
            if not isinstance(data__entries, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".entries must be array", value=data__entries, name="" + (name_prefix or "data") + ".entries", definition={'type': 'array', 'items': {'type': 'string'}}, rule='type')
            data__entries_is_list = isinstance(data__entries, (list, tuple))
            if data__entries_is_list:
                data__entries_len = len(data__entries)
                for data__entries_x, data__entries_item in enumerate(data__entries):
                    if not isinstance(data__entries_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".entries[{data__entries_x}]".format(**locals()) + " must be string", value=data__entries_item, name="" + (name_prefix or "data") + ".entries[{data__entries_x}]".format(**locals()) + "", definition={'type': 'string'}, rule='type')
        if "result" in data_keys:
            data_keys.remove("result")
            data__result = data["result"]
            if not (isinstance(data__result, str) and data__result == 'sent' or isinstance(data__result, str) and data__result == 'failed'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".result must be one of ['sent', 'failed']", value=data__result, name="" + (name_prefix or "data") + ".result", definition={'enum': ['sent', 'failed']}, rule='enum')
        if "error" in data_keys:
            data_keys.remove("error")
            data__error = data["error"]
            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_text(data__error, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'description': "One reminder sent (or tried) by 'ledger remind --send'.", 'type': 'object', 'properties': {'sent': {'type': 'string', 'minLength': 1}, 'as_of': {'type': 'string', 'minLength': 1}, 'department': {'type': 'string'}, 'channel': {'enum': ['wecom', 'dingtalk', 'email']}, 'recipient': {'type': 'string'}, 'entries': {'type': 'array', 'items': {'type': 'string'}}, 'result': {'enum': ['sent', 'failed']}, 'error': {'type': ['string', 'null']}}, 'required': ['sent', 'as_of', 'department', 'channel', 'recipient', 'entries', 'result'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, NoneType)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string or null", value=data, name="" + (name_prefix or "data") + "", definition={'type': ['string', 'null']}, rule='type')
    return data

def validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_entry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, 'item': {'type': ['string', 'null']}, 'kind': {'enum': ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']}, 'title': {'type': ['string', 'null']}, 'department': {'type': ['string', 'null']}, 'dimension': {'enum': ['completeness', 'availability', 'timeliness', 'convenience', None]}, 'owner': {'type': ['string', 'null']}, 'problem': {'type': ['string', 'null']}, 'reason': {'type': ['string', 'null']}, 'measure': {'type': ['string', 'null']}, 'evidence': {'type': 'array', 'items': {'type': 'string'}}, 'opened': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'minLength': 1}, 'status': {'enum': ['open', 'in_progress', 'done', 'waived']}, 'closed': {'anyOf': [{'type': 'null'}, {'type': 'string', 'minLength': 1}]}, 'waiver': {'type': ['string', 'null']}, 'note': {'type': ['string', 'null']}, 'history': {'type': 'array', 'items': {'type': 'object', 'properties': {'date': {'type': 'string', 'minLength': 1}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'type': ['string', 'null']}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}}, 'evidence_keys': {'description': 'Pages a crawl kept: disclosure-audit evidence show KEY', 'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['key', 'opened', 'deadline', 'status'], 'additionalProperties': False, '$comment': "A site check's entry (site/...) belongs to no item; every other entry names one.", 'anyOf': [{'properties': {'item': {'type': 'string', 'minLength': 1}}, 'required': ['item']}, {'properties': {'key': {'pattern': '^site/'}}, 'required': ['key']}]}, rule='type')
    data_any_of_count1 = 0
    if not data_any_of_count1:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['item']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'item': {'type': 'string', 'minLength': 1}}, 'required': ['item']}, rule='required')
                data_keys = set(data.keys())
                if "item" in data_keys:
                    data_keys.remove("item")
                    data__item = data["item"]
                    if not isinstance(data__item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".item must be string", value=data__item, name="" + (name_prefix or "data") + ".item", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__item, str):
                        data__item_len = len(data__item)
                        if data__item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".item must be longer than or equal to 1 characters", value=data__item, name="" + (name_prefix or "data") + ".item", definition={'type': 'string', 'minLength': 1}, rule='minLength')
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['key']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'key': {'pattern': '^site/'}}, 'required': ['key']}, rule='required')
                data_keys = set(data.keys())
                if "key" in data_keys:
                    data_keys.remove("key")
                    data__key = data["key"]
                    if isinstance(data__key, str):
                        if not REGEX_PATTERNS['^site/'].search(data__key):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".key must match pattern ^site/", value=data__key, name="" + (name_prefix or "data") + ".key", definition={'pattern': '^site/'}, rule='pattern')
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, 'item': {'type': ['string', 'null']}, 'kind': {'enum': ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']}, 'title': {'type': ['string', 'null']}, 'department': {'type': ['string', 'null']}, 'dimension': {'enum': ['completeness', 'availability', 'timeliness', 'convenience', None]}, 'owner': {'type': ['string', 'null']}, 'problem': {'type': ['string', 'null']}, 'reason': {'type': ['string', 'null']}, 'measure': {'type': ['string', 'null']}, 'evidence': {'type': 'array', 'items': {'type': 'string'}}, 'opened': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'minLength': 1}, 'status': {'enum': ['open', 'in_progress', 'done', 'waived']}, 'closed': {'anyOf': [{'type': 'null'}, {'type': 'string', 'minLength': 1}]}, 'waiver': {'type': ['string', 'null']}, 'note': {'type': ['string', 'null']}, 'history': {'type': 'array', 'items': {'type': 'object', 'properties': {'date': {'type': 'string', 'minLength': 1}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'type': ['string', 'null']}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}}, 'evidence_keys': {'description': 'Pages a crawl kept: disclosure-audit evidence show KEY', 'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['key', 'opened', 'deadline', 'status'], 'additionalProperties': False, '$comment': "A site check's entry (site/...) belongs to no item; every other entry names one.", 'anyOf': [{'properties': {'item': {'type': 'string', 'minLength': 1}}, 'required': ['item']}, {'properties': {'key': {'pattern': '^site/'}}, 'required': ['key']}]}, rule='anyOf')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['key', 'opened', 'deadline', 'status']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, 'item': {'type': ['string', 'null']}, 'kind': {'enum': ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']}, 'title': {'type': ['string', 'null']}, 'department': {'type': ['string', 'null']}, 'dimension': {'enum': ['completeness', 'availability', 'timeliness', 'convenience', None]}, 'owner': {'type': ['string', 'null']}, 'problem': {'type': ['string', 'null']}, 'reason': {'type': ['string', 'null']}, 'measure': {'type': ['string', 'null']}, 'evidence': {'type': 'array', 'items': {'type': 'string'}}, 'opened': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'minLength': 1}, 'status': {'enum': ['open', 'in_progress', 'done', 'waived']}, 'closed': {'anyOf': [{'type': 'null'}, {'type': 'string', 'minLength': 1}]}, 'waiver': {'type': ['string', 'null']}, 'note': {'type': ['string', 'null']}, 'history': {'type': 'array', 'items': {'type': 'object', 'properties': {'date': {'type': 'string', 'minLength': 1}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'type': ['string', 'null']}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}}, 'evidence_keys': {'description': 'Pages a crawl kept: disclosure-audit evidence show KEY', 'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['key', 'opened', 'deadline', 'status'], 'additionalProperties': False, '$comment': "A site check's entry (site/...) belongs to no item; every other entry names one.", 'anyOf': [{'properties': {'item': {'type': 'string', 'minLength': 1}}, 'required': ['item']}, {'properties': {'key': {'pattern': '^site/'}}, 'required': ['key']}]}, rule='required')
        data_keys = set(data.keys())
        if "key" in data_keys:
            data_keys.remove("key")
            data__key = data["key"]
            if not isinstance(data__key, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".key must be string", value=data__key, name="" + (name_prefix or "data") + ".key", definition={'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, rule='type')
            if isinstance(data__key, str):
                if not REGEX_PATTERNS['^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$'].search(data__key):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".key must match pattern ^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$", value=data__key, name="" + (name_prefix or "data") + ".key", definition={'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, rule='pattern')
        if "item" in data_keys:
            data_keys.remove("item")
            data__item = data["item"]
            if not isinstance(data__item, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".item must be string or null", value=data__item, name="" + (name_prefix or "data") + ".item", definition={'type': ['string', 'null']}, rule='type')
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'missing' or isinstance(data__kind, str) and data__kind == 'internal_only' or isinstance(data__kind, str) and data__kind == 'completeness' or isinstance(data__kind, str) and data__kind == 'availability' or isinstance(data__kind, str) and data__kind == 'timeliness' or isinstance(data__kind, str) and data__kind == 'unknown_date' or isinstance(data__kind, str) and data__kind == 'convenience' or isinstance(data__kind, str) and data__kind == 'application' or isinstance(data__kind, str) and data__kind == 'homepage_not_opened' or isinstance(data__kind, str) and data__kind == 'column_not_found' or isinstance(data__kind, str) and data__kind == 'not_opened' or isinstance(data__kind, str) and data__kind == 'too_deep' or isinstance(data__kind, str) and data__kind == 'empty' or isinstance(data__kind, str) and data__kind == 'stale'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'enum': ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']}, rule='enum')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_text(data__title, custom_formats, name_prefix)
        if "department" in data_keys:
            data_keys.remove("department")
            data__department = data["department"]
            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_text(data__department, custom_formats, name_prefix)
        if "dimension" in data_keys:
            data_keys.remove("dimension")
            data__dimension = data["dimension"]
            if not (isinstance(data__dimension, str) and data__dimension == 'completeness' or isinstance(data__dimension, str) and data__dimension == 'availability' or isinstance(data__dimension, str) and data__dimension == 'timeliness' or isinstance(data__dimension, str) and data__dimension == 'convenience' or data__dimension is None):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dimension must be one of ['completeness', 'availability', 'timeliness', 'convenience', None]", value=data__dimension, name="" + (name_prefix or "data") + ".dimension", definition={'enum': ['completeness', 'availability', 'timeliness', 'convenience', None]}, rule='enum')
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_text(data__owner, custom_formats, name_prefix)
        if "problem" in data_keys:
            data_keys.remove("problem")
            data__problem = data["problem"]
            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_text(data__problem, custom_formats, name_prefix)
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_text(data__reason, custom_formats, name_prefix)
        if "measure" in data_keys:
            data_keys.remove("measure")
            data__measure = data["measure"]
            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_text(data__measure, custom_formats, name_prefix)
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array", value=data__evidence, name="" + (name_prefix or "data") + ".evidence", definition={'type': 'array', 'items': {'type': 'string'}}, rule='type')
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    if not isinstance(data__evidence_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + " must be string", value=data__evidence_item, name="" + (name_prefix or "data") + ".evidence[{data__evidence_x}]".format(**locals()) + "", definition={'type': 'string'}, rule='type')
        if "opened" in data_keys:
            data_keys.remove("opened")
            data__opened = data["opened"]
            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_date(data__opened, custom_formats, name_prefix)
        if "deadline" in data_keys:
            data_keys.remove("deadline")
            data__deadline = data["deadline"]
            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_date(data__deadline, custom_formats, name_prefix)
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'open' or isinstance(data__status, str) and data__status == 'in_progress' or isinstance(data__status, str) and data__status == 'done' or isinstance(data__status, str) and data__status == 'waived'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['open', 'in_progress', 'done', 'waived']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'enum': ['open', 'in_progress', 'done', 'waived']}, rule='enum')
        if "closed" in data_keys:
            data_keys.remove("closed")
            data__closed = data["closed"]
            data__closed_any_of_count2 = 0
            if not data__closed_any_of_count2:
                try:
                    if not isinstance(data__closed, (NoneType)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".closed must be null", value=data__closed, name="" + (name_prefix or "data") + ".closed", definition={'type': 'null'}, rule='type')
                    data__closed_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__closed_any_of_count2:
                try:
                    validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_date(data__closed, custom_formats, name_prefix)
                    data__closed_any_of_count2 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
            if not data__closed_any_of_count2:
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".closed cannot be validated by any definition", value=data__closed, name="" + (name_prefix or "data") + ".closed", definition={'anyOf': [{'type': 'null'}, {'type': 'string', 'minLength': 1}]}, rule='anyOf')
        if "waiver" in data_keys:
            data_keys.remove("waiver")
            data__waiver = data["waiver"]
            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_text(data__waiver, custom_formats, name_prefix)
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_text(data__note, custom_formats, name_prefix)
        if "history" in data_keys:
            data_keys.remove("history")
            data__history = data["history"]
            if not isinstance(data__history, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".history must be array", value=data__history, name="" + (name_prefix or "data") + ".history", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'date': {'type': 'string', 'minLength': 1}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'type': ['string', 'null']}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}}, rule='type')
            data__history_is_list = isinstance(data__history, (list, tuple))
            if data__history_is_list:
                data__history_len = len(data__history)
                for data__history_x, data__history_item in enumerate(data__history):
                    if not isinstance(data__history_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + " must be object", value=data__history_item, name="" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'date': {'type': 'string', 'minLength': 1}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'type': ['string', 'null']}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}, rule='type')
                    data__history_item_is_dict = isinstance(data__history_item, dict)
                    if data__history_item_is_dict:
                        data__history_item__missing_keys = set(['date', 'to', 'by']) - data__history_item.keys()
                        if data__history_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + " must contain " + (str(sorted(data__history_item__missing_keys)) + " properties"), value=data__history_item, name="" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'date': {'type': 'string', 'minLength': 1}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'type': ['string', 'null']}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}, rule='required')
                        data__history_item_keys = set(data__history_item.keys())
                        if "date" in data__history_item_keys:
                            data__history_item_keys.remove("date")
                            data__history_item__date = data__history_item["date"]
                            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_date(data__history_item__date, custom_formats, name_prefix)
                        if "from" in data__history_item_keys:
                            data__history_item_keys.remove("from")
                            data__history_item__from = data__history_item["from"]
                            if not isinstance(data__history_item__from, (str, NoneType)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].from".format(**locals()) + " must be string or null", value=data__history_item__from, name="" + (name_prefix or "data") + ".history[{data__history_x}].from".format(**locals()) + "", definition={'type': ['string', 'null']}, rule='type')
                        if "to" in data__history_item_keys:
                            data__history_item_keys.remove("to")
                            data__history_item__to = data__history_item["to"]
                            if not isinstance(data__history_item__to, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].to".format(**locals()) + " must be string", value=data__history_item__to, name="" + (name_prefix or "data") + ".history[{data__history_x}].to".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                        if "by" in data__history_item_keys:
                            data__history_item_keys.remove("by")
                            data__history_item__by = data__history_item["by"]
                            if not (isinstance(data__history_item__by, str) and data__history_item__by == 'audit' or isinstance(data__history_item__by, str) and data__history_item__by == 'import' or isinstance(data__history_item__by, str) and data__history_item__by == 'migration'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].by".format(**locals()) + " must be one of ['audit', 'import', 'migration']", value=data__history_item__by, name="" + (name_prefix or "data") + ".history[{data__history_x}].by".format(**locals()) + "", definition={'enum': ['audit', 'import', 'migration']}, rule='enum')
                        if "note" in data__history_item_keys:
                            data__history_item_keys.remove("note")
                            data__history_item__note = data__history_item["note"]
                            validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_text(data__history_item__note, custom_formats, name_prefix)
                        if data__history_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + " must not contain "+str(data__history_item_keys)+" properties", value=data__history_item, name="" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + "", definition={'type': 'object', 'properties': {'date': {'type': 'string', 'minLength': 1}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'type': ['string', 'null']}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}, rule='additionalProperties')
        if "evidence_keys" in data_keys:
            data_keys.remove("evidence_keys")
            data__evidencekeys = data["evidence_keys"]
            if not isinstance(data__evidencekeys, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence_keys must be array", value=data__evidencekeys, name="" + (name_prefix or "data") + ".evidence_keys", definition={'description': 'Pages a crawl kept: disclosure-audit evidence show KEY', 'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, rule='type')
            data__evidencekeys_is_list = isinstance(data__evidencekeys, (list, tuple))
            if data__evidencekeys_is_list:
                data__evidencekeys_len = len(data__evidencekeys)
                for data__evidencekeys_x, data__evidencekeys_item in enumerate(data__evidencekeys):
                    if not isinstance(data__evidencekeys_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence_keys[{data__evidencekeys_x}]".format(**locals()) + " must be string", value=data__evidencekeys_item, name="" + (name_prefix or "data") + ".evidence_keys[{data__evidencekeys_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, rule='type')
                    if isinstance(data__evidencekeys_item, str):
                        if not REGEX_PATTERNS['^[0-9a-f]{12}$'].search(data__evidencekeys_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence_keys[{data__evidencekeys_x}]".format(**locals()) + " must match pattern ^[0-9a-f]{12}$", value=data__evidencekeys_item, name="" + (name_prefix or "data") + ".evidence_keys[{data__evidencekeys_x}]".format(**locals()) + "", definition={'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'key': {'type': 'string', 'pattern': '^([^/]+/(missing|internal_only|completeness|availability|timeliness|unknown_date|convenience)|application/[^/\\s]+|site/(homepage_not_opened|column_not_found)|site/column/[0-9a-f]{8}/(not_opened|too_deep|empty|stale))$', 'description': "<item>/<kind> for an item's problem; site/<verdict> and site/column/<8 hex digits>/<verdict> for a site check's"}, 'item': {'type': ['string', 'null']}, 'kind': {'enum': ['missing', 'internal_only', 'completeness', 'availability', 'timeliness', 'unknown_date', 'convenience', 'application', 'homepage_not_opened', 'column_not_found', 'not_opened', 'too_deep', 'empty', 'stale']}, 'title': {'type': ['string', 'null']}, 'department': {'type': ['string', 'null']}, 'dimension': {'enum': ['completeness', 'availability', 'timeliness', 'convenience', None]}, 'owner': {'type': ['string', 'null']}, 'problem': {'type': ['string', 'null']}, 'reason': {'type': ['string', 'null']}, 'measure': {'type': ['string', 'null']}, 'evidence': {'type': 'array', 'items': {'type': 'string'}}, 'opened': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'minLength': 1}, 'status': {'enum': ['open', 'in_progress', 'done', 'waived']}, 'closed': {'anyOf': [{'type': 'null'}, {'type': 'string', 'minLength': 1}]}, 'waiver': {'type': ['string', 'null']}, 'note': {'type': ['string', 'null']}, 'history': {'type': 'array', 'items': {'type': 'object', 'properties': {'date': {'type': 'string', 'minLength': 1}, 'from': {'type': ['string', 'null']}, 'to': {'type': 'string'}, 'by': {'enum': ['audit', 'import', 'migration']}, 'note': {'type': ['string', 'null']}}, 'required': ['date', 'to', 'by'], 'additionalProperties': False}}, 'evidence_keys': {'description': 'Pages a crawl kept: disclosure-audit evidence show KEY', 'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['key', 'opened', 'deadline', 'status'], 'additionalProperties': False, '$comment': "A site check's entry (site/...) belongs to no item; every other entry names one.", 'anyOf': [{'properties': {'item': {'type': 'string', 'minLength': 1}}, 'required': ['item']}, {'properties': {'key': {'pattern': '^site/'}}, 'required': ['key']}]}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_ledger_schema_json___defs_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
    return data

validate = validate_https___disclosure_audit_invalid_schemas_ledger_schema_json
