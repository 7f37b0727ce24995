# Generated from declarations.schema.json by `python -m disclosure_audit.inputs.gates`: do not edit.
# ruff: noqa
SOURCE = '02450d85e701ea24c905cdd63917596e82f202dcc5e09786cd3d3bae6e1e2c66'
VERSION = "2.22.3"
from decimal import Decimal
import re
from disclosure_audit.inputs.gates._raised import GateFailed as JsonSchemaValueException, GateFailedMany as JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9a-f]{12}$': re.compile('^[0-9a-f]{12}\\Z'),
    '^[A-Za-z0-9][A-Za-z0-9._-]*$': re.compile('^[A-Za-z0-9][A-Za-z0-9._-]*\\Z')
}

NoneType = type(None)

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://disclosure-audit.invalid/schemas/declarations.schema.json', 'title': 'disclosure-audit declarations of one department', 'type': 'object', 'properties': {'department': {'type': 'string', 'minLength': 1}, 'publications': {'type': 'array', 'items': {'type': 'object', 'properties': {'item': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/itemId'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}, 'made': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'published': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'format': {'enum': ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']}, 'clicks': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'period': {'type': 'string', 'minLength': 1}, 'linked_from_column': {'type': 'boolean'}, 'note': {'type': 'string'}, 'department': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['declared', 'crawl']}, 'column': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}, 'kind': {'type': 'string', 'minLength': 1}}, 'required': ['title', 'channel'], 'additionalProperties': False, '$comment': 'A crawled row may be undated (the list showed no date); a declaration must say when.', 'anyOf': [{'required': ['published']}, {'properties': {'source': {'const': 'crawl'}}, 'required': ['source']}]}}, 'withheld': {'type': 'array', 'items': {'type': 'object', 'properties': {'item': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/itemId'}, 'reason': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string'}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'expected': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}}, 'required': ['item', 'reason'], 'additionalProperties': False}}, 'crawl': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'date': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'started': {'type': 'string'}, 'finished': {'type': 'string'}, 'tool': {'type': 'string'}, 'pages': {'type': 'integer', 'minimum': 0}, 'fetched': {'type': 'integer', 'minimum': 0}, 'complete': {'type': 'boolean'}, 'stopped': {'enum': ['max_pages', 'time_limit']}, 'not_followed': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/notFollowed'}}}, 'required': ['url', 'date'], 'additionalProperties': False}, 'site': {'type': 'object', 'properties': {'homepage': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/page'}, 'column': {'type': 'object', 'properties': {'found': {'type': 'boolean'}, 'name': {'type': 'string'}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'clicks': {'type': 'integer', 'minimum': 0}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['found'], 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['homepage_not_opened', 'column_not_found']}}, 'columns': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/column'}}}, 'additionalProperties': False}, 'applications': {'type': 'array', 'items': {'description': 'One application for disclosure (依申请公开) in the register.', 'type': 'object', 'properties': {'id': {'type': ['string', 'integer'], 'minLength': 1}, 'received': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'requester': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'subject': {'type': 'string', 'minLength': 1}, 'outcome': {'type': 'string', 'minLength': 1}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'replied': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'extension': {'type': 'object', 'properties': {'approved': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, 'fee': {'type': 'number', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}}, 'required': ['id', 'received', 'requester', 'channel', 'subject'], 'additionalProperties': False}}}, 'required': ['department'], 'additionalProperties': False, 'if': {'required': ['site']}, 'then': {'required': ['crawl']}, '$defs': {'itemId': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'date': {'type': 'string', 'minLength': 1}, 'publication': {'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}, 'made': {'type': 'string', 'minLength': 1}, 'published': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'format': {'enum': ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']}, 'clicks': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'period': {'type': 'string', 'minLength': 1}, 'linked_from_column': {'type': 'boolean'}, 'note': {'type': 'string'}, 'department': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['declared', 'crawl']}, 'column': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, 'kind': {'type': 'string', 'minLength': 1}}, 'required': ['title', 'channel'], 'additionalProperties': False, '$comment': 'A crawled row may be undated (the list showed no date); a declaration must say when.', 'anyOf': [{'required': ['published']}, {'properties': {'source': {'const': 'crawl'}}, 'required': ['source']}]}, 'withheld': {'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'reason': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string'}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'expected': {'type': 'string', 'minLength': 1}}, 'required': ['item', 'reason'], 'additionalProperties': False}, 'evidenceKey': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, 'url': {'type': 'string', 'minLength': 1}, 'limit': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'crawl': {'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'date': {'type': 'string', 'minLength': 1}, 'started': {'type': 'string'}, 'finished': {'type': 'string'}, 'tool': {'type': 'string'}, 'pages': {'type': 'integer', 'minimum': 0}, 'fetched': {'type': 'integer', 'minimum': 0}, 'complete': {'type': 'boolean'}, 'stopped': {'enum': ['max_pages', 'time_limit']}, 'not_followed': {'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'reason'], 'additionalProperties': False}}}, 'required': ['url', 'date'], 'additionalProperties': False}, 'notFollowed': {'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['url', 'reason'], 'additionalProperties': False}, 'site': {'type': 'object', 'properties': {'homepage': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'opened'], 'additionalProperties': False}, 'column': {'type': 'object', 'properties': {'found': {'type': 'boolean'}, 'name': {'type': 'string'}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['found'], 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['homepage_not_opened', 'column_not_found']}}, 'columns': {'type': 'array', 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'path': {'type': 'array', 'items': {'type': 'string'}}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'clicks': {'type': 'integer', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'opened': {'type': ['boolean', 'null']}, 'status': {'type': ['integer', 'null']}, 'entries': {'type': 'integer', 'minimum': 0}, 'undated': {'type': 'integer', 'minimum': 0}, 'newest': {'type': ['string', 'null']}, 'subcolumns': {'type': 'integer', 'minimum': 0}, 'update_within': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/limit'}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, 'detail': {'type': 'string'}, 'failed_pages': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/page'}}, 'evidence': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}}, 'required': ['name', 'url', 'department'], 'additionalProperties': False}}}, 'additionalProperties': False}, 'page': {'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['url', 'opened'], 'additionalProperties': False}, 'column': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'path': {'type': 'array', 'items': {'type': 'string'}}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'opened': {'type': ['boolean', 'null']}, 'status': {'type': ['integer', 'null']}, 'entries': {'type': 'integer', 'minimum': 0}, 'undated': {'type': 'integer', 'minimum': 0}, 'newest': {'type': ['string', 'null']}, 'subcolumns': {'type': 'integer', 'minimum': 0}, 'update_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, 'detail': {'type': 'string'}, 'failed_pages': {'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'opened'], 'additionalProperties': False}}, 'evidence': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['name', 'url', 'department'], 'additionalProperties': False}, 'application': {'description': 'One application for disclosure (依申请公开) in the register.', 'type': 'object', 'properties': {'id': {'type': ['string', 'integer'], 'minLength': 1}, 'received': {'type': 'string', 'minLength': 1}, 'requester': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'subject': {'type': 'string', 'minLength': 1}, 'outcome': {'type': 'string', 'minLength': 1}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'replied': {'type': 'string', 'minLength': 1}, 'extension': {'type': 'object', 'properties': {'approved': {'type': 'string', 'minLength': 1}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, 'fee': {'type': 'number', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}}, 'required': ['id', 'received', 'requester', 'channel', 'subject'], 'additionalProperties': False}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['department']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://disclosure-audit.invalid/schemas/declarations.schema.json', 'title': 'disclosure-audit declarations of one department', 'type': 'object', 'properties': {'department': {'type': 'string', 'minLength': 1}, 'publications': {'type': 'array', 'items': {'type': 'object', 'properties': {'item': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/itemId'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}, 'made': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'published': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'format': {'enum': ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']}, 'clicks': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'period': {'type': 'string', 'minLength': 1}, 'linked_from_column': {'type': 'boolean'}, 'note': {'type': 'string'}, 'department': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['declared', 'crawl']}, 'column': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}, 'kind': {'type': 'string', 'minLength': 1}}, 'required': ['title', 'channel'], 'additionalProperties': False, '$comment': 'A crawled row may be undated (the list showed no date); a declaration must say when.', 'anyOf': [{'required': ['published']}, {'properties': {'source': {'const': 'crawl'}}, 'required': ['source']}]}}, 'withheld': {'type': 'array', 'items': {'type': 'object', 'properties': {'item': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/itemId'}, 'reason': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string'}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'expected': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}}, 'required': ['item', 'reason'], 'additionalProperties': False}}, 'crawl': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'date': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'started': {'type': 'string'}, 'finished': {'type': 'string'}, 'tool': {'type': 'string'}, 'pages': {'type': 'integer', 'minimum': 0}, 'fetched': {'type': 'integer', 'minimum': 0}, 'complete': {'type': 'boolean'}, 'stopped': {'enum': ['max_pages', 'time_limit']}, 'not_followed': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/notFollowed'}}}, 'required': ['url', 'date'], 'additionalProperties': False}, 'site': {'type': 'object', 'properties': {'homepage': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/page'}, 'column': {'type': 'object', 'properties': {'found': {'type': 'boolean'}, 'name': {'type': 'string'}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'clicks': {'type': 'integer', 'minimum': 0}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['found'], 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['homepage_not_opened', 'column_not_found']}}, 'columns': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/column'}}}, 'additionalProperties': False}, 'applications': {'type': 'array', 'items': {'description': 'One application for disclosure (依申请公开) in the register.', 'type': 'object', 'properties': {'id': {'type': ['string', 'integer'], 'minLength': 1}, 'received': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'requester': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'subject': {'type': 'string', 'minLength': 1}, 'outcome': {'type': 'string', 'minLength': 1}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'replied': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'extension': {'type': 'object', 'properties': {'approved': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, 'fee': {'type': 'number', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}}, 'required': ['id', 'received', 'requester', 'channel', 'subject'], 'additionalProperties': False}}}, 'required': ['department'], 'additionalProperties': False, 'if': {'required': ['site']}, 'then': {'required': ['crawl']}, '$defs': {'itemId': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'date': {'type': 'string', 'minLength': 1}, 'publication': {'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}, 'made': {'type': 'string', 'minLength': 1}, 'published': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'format': {'enum': ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']}, 'clicks': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'period': {'type': 'string', 'minLength': 1}, 'linked_from_column': {'type': 'boolean'}, 'note': {'type': 'string'}, 'department': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['declared', 'crawl']}, 'column': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, 'kind': {'type': 'string', 'minLength': 1}}, 'required': ['title', 'channel'], 'additionalProperties': False, '$comment': 'A crawled row may be undated (the list showed no date); a declaration must say when.', 'anyOf': [{'required': ['published']}, {'properties': {'source': {'const': 'crawl'}}, 'required': ['source']}]}, 'withheld': {'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'reason': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string'}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'expected': {'type': 'string', 'minLength': 1}}, 'required': ['item', 'reason'], 'additionalProperties': False}, 'evidenceKey': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, 'url': {'type': 'string', 'minLength': 1}, 'limit': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'crawl': {'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'date': {'type': 'string', 'minLength': 1}, 'started': {'type': 'string'}, 'finished': {'type': 'string'}, 'tool': {'type': 'string'}, 'pages': {'type': 'integer', 'minimum': 0}, 'fetched': {'type': 'integer', 'minimum': 0}, 'complete': {'type': 'boolean'}, 'stopped': {'enum': ['max_pages', 'time_limit']}, 'not_followed': {'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'reason'], 'additionalProperties': False}}}, 'required': ['url', 'date'], 'additionalProperties': False}, 'notFollowed': {'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['url', 'reason'], 'additionalProperties': False}, 'site': {'type': 'object', 'properties': {'homepage': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'opened'], 'additionalProperties': False}, 'column': {'type': 'object', 'properties': {'found': {'type': 'boolean'}, 'name': {'type': 'string'}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['found'], 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['homepage_not_opened', 'column_not_found']}}, 'columns': {'type': 'array', 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'path': {'type': 'array', 'items': {'type': 'string'}}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'clicks': {'type': 'integer', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'opened': {'type': ['boolean', 'null']}, 'status': {'type': ['integer', 'null']}, 'entries': {'type': 'integer', 'minimum': 0}, 'undated': {'type': 'integer', 'minimum': 0}, 'newest': {'type': ['string', 'null']}, 'subcolumns': {'type': 'integer', 'minimum': 0}, 'update_within': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/limit'}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, 'detail': {'type': 'string'}, 'failed_pages': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/page'}}, 'evidence': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}}, 'required': ['name', 'url', 'department'], 'additionalProperties': False}}}, 'additionalProperties': False}, 'page': {'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['url', 'opened'], 'additionalProperties': False}, 'column': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'path': {'type': 'array', 'items': {'type': 'string'}}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'opened': {'type': ['boolean', 'null']}, 'status': {'type': ['integer', 'null']}, 'entries': {'type': 'integer', 'minimum': 0}, 'undated': {'type': 'integer', 'minimum': 0}, 'newest': {'type': ['string', 'null']}, 'subcolumns': {'type': 'integer', 'minimum': 0}, 'update_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, 'detail': {'type': 'string'}, 'failed_pages': {'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'opened'], 'additionalProperties': False}}, 'evidence': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['name', 'url', 'department'], 'additionalProperties': False}, 'application': {'description': 'One application for disclosure (依申请公开) in the register.', 'type': 'object', 'properties': {'id': {'type': ['string', 'integer'], 'minLength': 1}, 'received': {'type': 'string', 'minLength': 1}, 'requester': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'subject': {'type': 'string', 'minLength': 1}, 'outcome': {'type': 'string', 'minLength': 1}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'replied': {'type': 'string', 'minLength': 1}, 'extension': {'type': 'object', 'properties': {'approved': {'type': 'string', 'minLength': 1}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, 'fee': {'type': 'number', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}}, 'required': ['id', 'received', 'requester', 'channel', 'subject'], 'additionalProperties': False}}}, rule='required')
        data_keys = set(data.keys())
        if "department" in data_keys:
            data_keys.remove("department")
            data__department = data["department"]
            if not isinstance(data__department, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".department must be string", value=data__department, name="" + (name_prefix or "data") + ".department", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__department, str):
                data__department_len = len(data__department)
                if data__department_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".department must be longer than or equal to 1 characters", value=data__department, name="" + (name_prefix or "data") + ".department", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "publications" in data_keys:
            data_keys.remove("publications")
            data__publications = data["publications"]
            if not isinstance(data__publications, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".publications must be array", value=data__publications, name="" + (name_prefix or "data") + ".publications", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'item': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/itemId'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}, 'made': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'published': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'format': {'enum': ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']}, 'clicks': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'period': {'type': 'string', 'minLength': 1}, 'linked_from_column': {'type': 'boolean'}, 'note': {'type': 'string'}, 'department': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['declared', 'crawl']}, 'column': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}, 'kind': {'type': 'string', 'minLength': 1}}, 'required': ['title', 'channel'], 'additionalProperties': False, '$comment': 'A crawled row may be undated (the list showed no date); a declaration must say when.', 'anyOf': [{'required': ['published']}, {'properties': {'source': {'const': 'crawl'}}, 'required': ['source']}]}}, rule='type')
            data__publications_is_list = isinstance(data__publications, (list, tuple))
            if data__publications_is_list:
                data__publications_len = len(data__publications)
                for data__publications_x, data__publications_item in enumerate(data__publications):
                    validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_publication(data__publications_item, custom_formats, name_prefix)
        if "withheld" in data_keys:
            data_keys.remove("withheld")
            data__withheld = data["withheld"]
            if not isinstance(data__withheld, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".withheld must be array", value=data__withheld, name="" + (name_prefix or "data") + ".withheld", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'item': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/itemId'}, 'reason': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string'}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'expected': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}}, 'required': ['item', 'reason'], 'additionalProperties': False}}, rule='type')
            data__withheld_is_list = isinstance(data__withheld, (list, tuple))
            if data__withheld_is_list:
                data__withheld_len = len(data__withheld)
                for data__withheld_x, data__withheld_item in enumerate(data__withheld):
                    validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_withheld(data__withheld_item, custom_formats, name_prefix)
        if "crawl" in data_keys:
            data_keys.remove("crawl")
            data__crawl = data["crawl"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_crawl(data__crawl, custom_formats, name_prefix)
        if "site" in data_keys:
            data_keys.remove("site")
            data__site = data["site"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_site(data__site, custom_formats, name_prefix)
        if "applications" in data_keys:
            data_keys.remove("applications")
            data__applications = data["applications"]
            if not isinstance(data__applications, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".applications must be array", value=data__applications, name="" + (name_prefix or "data") + ".applications", definition={'type': 'array', 'items': {'description': 'One application for disclosure (依申请公开) in the register.', 'type': 'object', 'properties': {'id': {'type': ['string', 'integer'], 'minLength': 1}, 'received': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'requester': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'subject': {'type': 'string', 'minLength': 1}, 'outcome': {'type': 'string', 'minLength': 1}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'replied': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'extension': {'type': 'object', 'properties': {'approved': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, 'fee': {'type': 'number', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}}, 'required': ['id', 'received', 'requester', 'channel', 'subject'], 'additionalProperties': False}}, rule='type')
            data__applications_is_list = isinstance(data__applications, (list, tuple))
            if data__applications_is_list:
                data__applications_len = len(data__applications)
                for data__applications_x, data__applications_item in enumerate(data__applications):
                    validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_application(data__applications_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://disclosure-audit.invalid/schemas/declarations.schema.json', 'title': 'disclosure-audit declarations of one department', 'type': 'object', 'properties': {'department': {'type': 'string', 'minLength': 1}, 'publications': {'type': 'array', 'items': {'type': 'object', 'properties': {'item': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/itemId'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}, 'made': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'published': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'format': {'enum': ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']}, 'clicks': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'period': {'type': 'string', 'minLength': 1}, 'linked_from_column': {'type': 'boolean'}, 'note': {'type': 'string'}, 'department': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['declared', 'crawl']}, 'column': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}, 'kind': {'type': 'string', 'minLength': 1}}, 'required': ['title', 'channel'], 'additionalProperties': False, '$comment': 'A crawled row may be undated (the list showed no date); a declaration must say when.', 'anyOf': [{'required': ['published']}, {'properties': {'source': {'const': 'crawl'}}, 'required': ['source']}]}}, 'withheld': {'type': 'array', 'items': {'type': 'object', 'properties': {'item': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/itemId'}, 'reason': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string'}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'expected': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}}, 'required': ['item', 'reason'], 'additionalProperties': False}}, 'crawl': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'date': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'started': {'type': 'string'}, 'finished': {'type': 'string'}, 'tool': {'type': 'string'}, 'pages': {'type': 'integer', 'minimum': 0}, 'fetched': {'type': 'integer', 'minimum': 0}, 'complete': {'type': 'boolean'}, 'stopped': {'enum': ['max_pages', 'time_limit']}, 'not_followed': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/notFollowed'}}}, 'required': ['url', 'date'], 'additionalProperties': False}, 'site': {'type': 'object', 'properties': {'homepage': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/page'}, 'column': {'type': 'object', 'properties': {'found': {'type': 'boolean'}, 'name': {'type': 'string'}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'clicks': {'type': 'integer', 'minimum': 0}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['found'], 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['homepage_not_opened', 'column_not_found']}}, 'columns': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/column'}}}, 'additionalProperties': False}, 'applications': {'type': 'array', 'items': {'description': 'One application for disclosure (依申请公开) in the register.', 'type': 'object', 'properties': {'id': {'type': ['string', 'integer'], 'minLength': 1}, 'received': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'requester': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'subject': {'type': 'string', 'minLength': 1}, 'outcome': {'type': 'string', 'minLength': 1}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'replied': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'extension': {'type': 'object', 'properties': {'approved': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/date'}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, 'fee': {'type': 'number', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}}, 'required': ['id', 'received', 'requester', 'channel', 'subject'], 'additionalProperties': False}}}, 'required': ['department'], 'additionalProperties': False, 'if': {'required': ['site']}, 'then': {'required': ['crawl']}, '$defs': {'itemId': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'date': {'type': 'string', 'minLength': 1}, 'publication': {'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}, 'made': {'type': 'string', 'minLength': 1}, 'published': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'format': {'enum': ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']}, 'clicks': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'period': {'type': 'string', 'minLength': 1}, 'linked_from_column': {'type': 'boolean'}, 'note': {'type': 'string'}, 'department': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['declared', 'crawl']}, 'column': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, 'kind': {'type': 'string', 'minLength': 1}}, 'required': ['title', 'channel'], 'additionalProperties': False, '$comment': 'A crawled row may be undated (the list showed no date); a declaration must say when.', 'anyOf': [{'required': ['published']}, {'properties': {'source': {'const': 'crawl'}}, 'required': ['source']}]}, 'withheld': {'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'reason': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string'}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'expected': {'type': 'string', 'minLength': 1}}, 'required': ['item', 'reason'], 'additionalProperties': False}, 'evidenceKey': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, 'url': {'type': 'string', 'minLength': 1}, 'limit': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'crawl': {'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'date': {'type': 'string', 'minLength': 1}, 'started': {'type': 'string'}, 'finished': {'type': 'string'}, 'tool': {'type': 'string'}, 'pages': {'type': 'integer', 'minimum': 0}, 'fetched': {'type': 'integer', 'minimum': 0}, 'complete': {'type': 'boolean'}, 'stopped': {'enum': ['max_pages', 'time_limit']}, 'not_followed': {'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'reason'], 'additionalProperties': False}}}, 'required': ['url', 'date'], 'additionalProperties': False}, 'notFollowed': {'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['url', 'reason'], 'additionalProperties': False}, 'site': {'type': 'object', 'properties': {'homepage': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'opened'], 'additionalProperties': False}, 'column': {'type': 'object', 'properties': {'found': {'type': 'boolean'}, 'name': {'type': 'string'}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['found'], 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['homepage_not_opened', 'column_not_found']}}, 'columns': {'type': 'array', 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'path': {'type': 'array', 'items': {'type': 'string'}}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'clicks': {'type': 'integer', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'opened': {'type': ['boolean', 'null']}, 'status': {'type': ['integer', 'null']}, 'entries': {'type': 'integer', 'minimum': 0}, 'undated': {'type': 'integer', 'minimum': 0}, 'newest': {'type': ['string', 'null']}, 'subcolumns': {'type': 'integer', 'minimum': 0}, 'update_within': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/limit'}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, 'detail': {'type': 'string'}, 'failed_pages': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/page'}}, 'evidence': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}}, 'required': ['name', 'url', 'department'], 'additionalProperties': False}}}, 'additionalProperties': False}, 'page': {'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['url', 'opened'], 'additionalProperties': False}, 'column': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'path': {'type': 'array', 'items': {'type': 'string'}}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'opened': {'type': ['boolean', 'null']}, 'status': {'type': ['integer', 'null']}, 'entries': {'type': 'integer', 'minimum': 0}, 'undated': {'type': 'integer', 'minimum': 0}, 'newest': {'type': ['string', 'null']}, 'subcolumns': {'type': 'integer', 'minimum': 0}, 'update_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, 'detail': {'type': 'string'}, 'failed_pages': {'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'opened'], 'additionalProperties': False}}, 'evidence': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['name', 'url', 'department'], 'additionalProperties': False}, 'application': {'description': 'One application for disclosure (依申请公开) in the register.', 'type': 'object', 'properties': {'id': {'type': ['string', 'integer'], 'minLength': 1}, 'received': {'type': 'string', 'minLength': 1}, 'requester': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'subject': {'type': 'string', 'minLength': 1}, 'outcome': {'type': 'string', 'minLength': 1}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'replied': {'type': 'string', 'minLength': 1}, 'extension': {'type': 'object', 'properties': {'approved': {'type': 'string', 'minLength': 1}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, 'fee': {'type': 'number', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}}, 'required': ['id', 'received', 'requester', 'channel', 'subject'], 'additionalProperties': False}}}, rule='additionalProperties')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['site']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['site']}, rule='required')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['crawl']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['crawl']}, rule='required')
    return data

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_application(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'One application for disclosure (依申请公开) in the register.', 'type': 'object', 'properties': {'id': {'type': ['string', 'integer'], 'minLength': 1}, 'received': {'type': 'string', 'minLength': 1}, 'requester': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'subject': {'type': 'string', 'minLength': 1}, 'outcome': {'type': 'string', 'minLength': 1}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'replied': {'type': 'string', 'minLength': 1}, 'extension': {'type': 'object', 'properties': {'approved': {'type': 'string', 'minLength': 1}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, 'fee': {'type': 'number', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}}, 'required': ['id', 'received', 'requester', 'channel', 'subject'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'received', 'requester', 'channel', 'subject']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'description': 'One application for disclosure (依申请公开) in the register.', 'type': 'object', 'properties': {'id': {'type': ['string', 'integer'], 'minLength': 1}, 'received': {'type': 'string', 'minLength': 1}, 'requester': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'subject': {'type': 'string', 'minLength': 1}, 'outcome': {'type': 'string', 'minLength': 1}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'replied': {'type': 'string', 'minLength': 1}, 'extension': {'type': 'object', 'properties': {'approved': {'type': 'string', 'minLength': 1}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, 'fee': {'type': 'number', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}}, 'required': ['id', 'received', 'requester', 'channel', 'subject'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str, int)) and not (isinstance(data__id, float) and data__id.is_integer()) or isinstance(data__id, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string or integer", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': ['string', 'integer'], 'minLength': 1}, rule='type')
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be longer than or equal to 1 characters", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': ['string', 'integer'], 'minLength': 1}, rule='minLength')
        if "received" in data_keys:
            data_keys.remove("received")
            data__received = data["received"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_date(data__received, custom_formats, name_prefix)
        if "requester" in data_keys:
            data_keys.remove("requester")
            data__requester = data["requester"]
            if not isinstance(data__requester, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".requester must be string", value=data__requester, name="" + (name_prefix or "data") + ".requester", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__requester, str):
                data__requester_len = len(data__requester)
                if data__requester_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".requester must be longer than or equal to 1 characters", value=data__requester, name="" + (name_prefix or "data") + ".requester", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "channel" in data_keys:
            data_keys.remove("channel")
            data__channel = data["channel"]
            if not isinstance(data__channel, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".channel must be string", value=data__channel, name="" + (name_prefix or "data") + ".channel", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__channel, str):
                data__channel_len = len(data__channel)
                if data__channel_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".channel must be longer than or equal to 1 characters", value=data__channel, name="" + (name_prefix or "data") + ".channel", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "subject" in data_keys:
            data_keys.remove("subject")
            data__subject = data["subject"]
            if not isinstance(data__subject, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".subject must be string", value=data__subject, name="" + (name_prefix or "data") + ".subject", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__subject, str):
                data__subject_len = len(data__subject)
                if data__subject_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".subject must be longer than or equal to 1 characters", value=data__subject, name="" + (name_prefix or "data") + ".subject", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "outcome" in data_keys:
            data_keys.remove("outcome")
            data__outcome = data["outcome"]
            if not isinstance(data__outcome, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".outcome must be string", value=data__outcome, name="" + (name_prefix or "data") + ".outcome", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__outcome, str):
                data__outcome_len = len(data__outcome)
                if data__outcome_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".outcome must be longer than or equal to 1 characters", value=data__outcome, name="" + (name_prefix or "data") + ".outcome", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "ground" in data_keys:
            data_keys.remove("ground")
            data__ground = data["ground"]
            if not isinstance(data__ground, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ground must be string", value=data__ground, name="" + (name_prefix or "data") + ".ground", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__ground, str):
                data__ground_len = len(data__ground)
                if data__ground_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ground must be longer than or equal to 1 characters", value=data__ground, name="" + (name_prefix or "data") + ".ground", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "basis" in data_keys:
            data_keys.remove("basis")
            data__basis = data["basis"]
            if not isinstance(data__basis, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".basis must be string", value=data__basis, name="" + (name_prefix or "data") + ".basis", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__basis, str):
                data__basis_len = len(data__basis)
                if data__basis_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".basis must be longer than or equal to 1 characters", value=data__basis, name="" + (name_prefix or "data") + ".basis", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "replied" in data_keys:
            data_keys.remove("replied")
            data__replied = data["replied"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_date(data__replied, custom_formats, name_prefix)
        if "extension" in data_keys:
            data_keys.remove("extension")
            data__extension = data["extension"]
            if not isinstance(data__extension, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".extension must be object", value=data__extension, name="" + (name_prefix or "data") + ".extension", definition={'type': 'object', 'properties': {'approved': {'type': 'string', 'minLength': 1}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, rule='type')
            data__extension_is_dict = isinstance(data__extension, dict)
            if data__extension_is_dict:
                data__extension__missing_keys = set(['approved', 'reason']) - data__extension.keys()
                if data__extension__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".extension must contain " + (str(sorted(data__extension__missing_keys)) + " properties"), value=data__extension, name="" + (name_prefix or "data") + ".extension", definition={'type': 'object', 'properties': {'approved': {'type': 'string', 'minLength': 1}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, rule='required')
                data__extension_keys = set(data__extension.keys())
                if "approved" in data__extension_keys:
                    data__extension_keys.remove("approved")
                    data__extension__approved = data__extension["approved"]
                    validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_date(data__extension__approved, custom_formats, name_prefix)
                if "reason" in data__extension_keys:
                    data__extension_keys.remove("reason")
                    data__extension__reason = data__extension["reason"]
                    if not isinstance(data__extension__reason, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".extension.reason must be string", value=data__extension__reason, name="" + (name_prefix or "data") + ".extension.reason", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__extension__reason, str):
                        data__extension__reason_len = len(data__extension__reason)
                        if data__extension__reason_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".extension.reason must be longer than or equal to 1 characters", value=data__extension__reason, name="" + (name_prefix or "data") + ".extension.reason", definition={'type': 'string', 'minLength': 1}, rule='minLength')
                if "days" in data__extension_keys:
                    data__extension_keys.remove("days")
                    data__extension__days = data__extension["days"]
                    if not isinstance(data__extension__days, (int)) and not (isinstance(data__extension__days, float) and data__extension__days.is_integer()) or isinstance(data__extension__days, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".extension.days must be integer", value=data__extension__days, name="" + (name_prefix or "data") + ".extension.days", definition={'type': 'integer', 'minimum': 1, 'maximum': 15}, rule='type')
                    if isinstance(data__extension__days, (int, float, Decimal)) and not isinstance(data__extension__days, bool):
                        if data__extension__days < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".extension.days must be bigger than or equal to 1", value=data__extension__days, name="" + (name_prefix or "data") + ".extension.days", definition={'type': 'integer', 'minimum': 1, 'maximum': 15}, rule='minimum')
                        if data__extension__days > 15:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".extension.days must be smaller than or equal to 15", value=data__extension__days, name="" + (name_prefix or "data") + ".extension.days", definition={'type': 'integer', 'minimum': 1, 'maximum': 15}, rule='maximum')
                if data__extension_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".extension must not contain "+str(data__extension_keys)+" properties", value=data__extension, name="" + (name_prefix or "data") + ".extension", definition={'type': 'object', 'properties': {'approved': {'type': 'string', 'minLength': 1}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, rule='additionalProperties')
        if "fee" in data_keys:
            data_keys.remove("fee")
            data__fee = data["fee"]
            if not isinstance(data__fee, (int, float, Decimal)) or isinstance(data__fee, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fee must be number", value=data__fee, name="" + (name_prefix or "data") + ".fee", definition={'type': 'number', 'minimum': 0}, rule='type')
            if isinstance(data__fee, (int, float, Decimal)) and not isinstance(data__fee, bool):
                if data__fee < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".fee must be bigger than or equal to 0", value=data__fee, name="" + (name_prefix or "data") + ".fee", definition={'type': 'number', 'minimum': 0}, rule='minimum')
        if "department" in data_keys:
            data_keys.remove("department")
            data__department = data["department"]
            if not isinstance(data__department, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".department must be string", value=data__department, name="" + (name_prefix or "data") + ".department", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__department, str):
                data__department_len = len(data__department)
                if data__department_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".department must be longer than or equal to 1 characters", value=data__department, name="" + (name_prefix or "data") + ".department", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': 'string'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'One application for disclosure (依申请公开) in the register.', 'type': 'object', 'properties': {'id': {'type': ['string', 'integer'], 'minLength': 1}, 'received': {'type': 'string', 'minLength': 1}, 'requester': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'subject': {'type': 'string', 'minLength': 1}, 'outcome': {'type': 'string', 'minLength': 1}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'replied': {'type': 'string', 'minLength': 1}, 'extension': {'type': 'object', 'properties': {'approved': {'type': 'string', 'minLength': 1}, 'reason': {'type': 'string', 'minLength': 1}, 'days': {'type': 'integer', 'minimum': 1, 'maximum': 15}}, 'required': ['approved', 'reason'], 'additionalProperties': False}, 'fee': {'type': 'number', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}}, 'required': ['id', 'received', 'requester', 'channel', 'subject'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
    return data

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_site(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'homepage': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'opened'], 'additionalProperties': False}, 'column': {'type': 'object', 'properties': {'found': {'type': 'boolean'}, 'name': {'type': 'string'}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['found'], 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['homepage_not_opened', 'column_not_found']}}, 'columns': {'type': 'array', 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'path': {'type': 'array', 'items': {'type': 'string'}}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'clicks': {'type': 'integer', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'opened': {'type': ['boolean', 'null']}, 'status': {'type': ['integer', 'null']}, 'entries': {'type': 'integer', 'minimum': 0}, 'undated': {'type': 'integer', 'minimum': 0}, 'newest': {'type': ['string', 'null']}, 'subcolumns': {'type': 'integer', 'minimum': 0}, 'update_within': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/limit'}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, 'detail': {'type': 'string'}, 'failed_pages': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/page'}}, 'evidence': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}}, 'required': ['name', 'url', 'department'], 'additionalProperties': False}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "homepage" in data_keys:
            data_keys.remove("homepage")
            data__homepage = data["homepage"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_page(data__homepage, custom_formats, name_prefix)
        if "column" in data_keys:
            data_keys.remove("column")
            data__column = data["column"]
            if not isinstance(data__column, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".column must be object", value=data__column, name="" + (name_prefix or "data") + ".column", definition={'type': 'object', 'properties': {'found': {'type': 'boolean'}, 'name': {'type': 'string'}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['found'], 'additionalProperties': False}, rule='type')
            data__column_is_dict = isinstance(data__column, dict)
            if data__column_is_dict:
                data__column__missing_keys = set(['found']) - data__column.keys()
                if data__column__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".column must contain " + (str(sorted(data__column__missing_keys)) + " properties"), value=data__column, name="" + (name_prefix or "data") + ".column", definition={'type': 'object', 'properties': {'found': {'type': 'boolean'}, 'name': {'type': 'string'}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['found'], 'additionalProperties': False}, rule='required')
                data__column_keys = set(data__column.keys())
                if "found" in data__column_keys:
                    data__column_keys.remove("found")
                    data__column__found = data__column["found"]
                    if not isinstance(data__column__found, (bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".column.found must be boolean", value=data__column__found, name="" + (name_prefix or "data") + ".column.found", definition={'type': 'boolean'}, rule='type')
                if "name" in data__column_keys:
                    data__column_keys.remove("name")
                    data__column__name = data__column["name"]
                    if not isinstance(data__column__name, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".column.name must be string", value=data__column__name, name="" + (name_prefix or "data") + ".column.name", definition={'type': 'string'}, rule='type')
                if "url" in data__column_keys:
                    data__column_keys.remove("url")
                    data__column__url = data__column["url"]
                    validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_url(data__column__url, custom_formats, name_prefix)
                if "clicks" in data__column_keys:
                    data__column_keys.remove("clicks")
                    data__column__clicks = data__column["clicks"]
                    if not isinstance(data__column__clicks, (int)) and not (isinstance(data__column__clicks, float) and data__column__clicks.is_integer()) or isinstance(data__column__clicks, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".column.clicks must be integer", value=data__column__clicks, name="" + (name_prefix or "data") + ".column.clicks", definition={'type': 'integer', 'minimum': 0}, rule='type')
                    if isinstance(data__column__clicks, (int, float, Decimal)) and not isinstance(data__column__clicks, bool):
                        if data__column__clicks < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".column.clicks must be bigger than or equal to 0", value=data__column__clicks, name="" + (name_prefix or "data") + ".column.clicks", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
                if "evidence" in data__column_keys:
                    data__column_keys.remove("evidence")
                    data__column__evidence = data__column["evidence"]
                    validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_evidencekey(data__column__evidence, custom_formats, name_prefix)
                if data__column_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".column must not contain "+str(data__column_keys)+" properties", value=data__column, name="" + (name_prefix or "data") + ".column", definition={'type': 'object', 'properties': {'found': {'type': 'boolean'}, 'name': {'type': 'string'}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['found'], 'additionalProperties': False}, rule='additionalProperties')
        if "verdicts" in data_keys:
            data_keys.remove("verdicts")
            data__verdicts = data["verdicts"]
            if not isinstance(data__verdicts, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".verdicts must be array", value=data__verdicts, name="" + (name_prefix or "data") + ".verdicts", definition={'type': 'array', 'uniqueItems': True, 'items': {'enum': ['homepage_not_opened', 'column_not_found']}}, rule='type')
            data__verdicts_is_list = isinstance(data__verdicts, (list, tuple))
            if data__verdicts_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__verdicts_len = len(data__verdicts)
                if data__verdicts_len > len(set(fn(data__verdicts_x) for data__verdicts_x in data__verdicts)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".verdicts must contain unique items", value=data__verdicts, name="" + (name_prefix or "data") + ".verdicts", definition={'type': 'array', 'uniqueItems': True, 'items': {'enum': ['homepage_not_opened', 'column_not_found']}}, rule='uniqueItems')
                for data__verdicts_x, data__verdicts_item in enumerate(data__verdicts):
                    if not (isinstance(data__verdicts_item, str) and data__verdicts_item == 'homepage_not_opened' or isinstance(data__verdicts_item, str) and data__verdicts_item == 'column_not_found'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".verdicts[{data__verdicts_x}]".format(**locals()) + " must be one of ['homepage_not_opened', 'column_not_found']", value=data__verdicts_item, name="" + (name_prefix or "data") + ".verdicts[{data__verdicts_x}]".format(**locals()) + "", definition={'enum': ['homepage_not_opened', 'column_not_found']}, rule='enum')
        if "columns" in data_keys:
            data_keys.remove("columns")
            data__columns = data["columns"]
            if not isinstance(data__columns, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".columns must be array", value=data__columns, name="" + (name_prefix or "data") + ".columns", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'path': {'type': 'array', 'items': {'type': 'string'}}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'clicks': {'type': 'integer', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'opened': {'type': ['boolean', 'null']}, 'status': {'type': ['integer', 'null']}, 'entries': {'type': 'integer', 'minimum': 0}, 'undated': {'type': 'integer', 'minimum': 0}, 'newest': {'type': ['string', 'null']}, 'subcolumns': {'type': 'integer', 'minimum': 0}, 'update_within': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/limit'}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, 'detail': {'type': 'string'}, 'failed_pages': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/page'}}, 'evidence': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}}, 'required': ['name', 'url', 'department'], 'additionalProperties': False}}, rule='type')
            data__columns_is_list = isinstance(data__columns, (list, tuple))
            if data__columns_is_list:
                data__columns_len = len(data__columns)
                for data__columns_x, data__columns_item in enumerate(data__columns):
                    validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_column(data__columns_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'homepage': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'opened'], 'additionalProperties': False}, 'column': {'type': 'object', 'properties': {'found': {'type': 'boolean'}, 'name': {'type': 'string'}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['found'], 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['homepage_not_opened', 'column_not_found']}}, 'columns': {'type': 'array', 'items': {'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'path': {'type': 'array', 'items': {'type': 'string'}}, 'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'clicks': {'type': 'integer', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'opened': {'type': ['boolean', 'null']}, 'status': {'type': ['integer', 'null']}, 'entries': {'type': 'integer', 'minimum': 0}, 'undated': {'type': 'integer', 'minimum': 0}, 'newest': {'type': ['string', 'null']}, 'subcolumns': {'type': 'integer', 'minimum': 0}, 'update_within': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/limit'}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, 'detail': {'type': 'string'}, 'failed_pages': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/page'}}, 'evidence': {'type': 'array', 'items': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}}, 'required': ['name', 'url', 'department'], 'additionalProperties': False}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_column(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'path': {'type': 'array', 'items': {'type': 'string'}}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'opened': {'type': ['boolean', 'null']}, 'status': {'type': ['integer', 'null']}, 'entries': {'type': 'integer', 'minimum': 0}, 'undated': {'type': 'integer', 'minimum': 0}, 'newest': {'type': ['string', 'null']}, 'subcolumns': {'type': 'integer', 'minimum': 0}, 'update_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, 'detail': {'type': 'string'}, 'failed_pages': {'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'opened'], 'additionalProperties': False}}, 'evidence': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['name', 'url', 'department'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name', 'url', 'department']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'path': {'type': 'array', 'items': {'type': 'string'}}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'opened': {'type': ['boolean', 'null']}, 'status': {'type': ['integer', 'null']}, 'entries': {'type': 'integer', 'minimum': 0}, 'undated': {'type': 'integer', 'minimum': 0}, 'newest': {'type': ['string', 'null']}, 'subcolumns': {'type': 'integer', 'minimum': 0}, 'update_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, 'detail': {'type': 'string'}, 'failed_pages': {'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'opened'], 'additionalProperties': False}}, 'evidence': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['name', 'url', 'department'], 'additionalProperties': False}, rule='required')
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
        if "path" in data_keys:
            data_keys.remove("path")
            data__path = data["path"]
            if not isinstance(data__path, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".path must be array", value=data__path, name="" + (name_prefix or "data") + ".path", definition={'type': 'array', 'items': {'type': 'string'}}, rule='type')
            data__path_is_list = isinstance(data__path, (list, tuple))
            if data__path_is_list:
                data__path_len = len(data__path)
                for data__path_x, data__path_item in enumerate(data__path):
                    if not isinstance(data__path_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".path[{data__path_x}]".format(**locals()) + " must be string", value=data__path_item, name="" + (name_prefix or "data") + ".path[{data__path_x}]".format(**locals()) + "", definition={'type': 'string'}, rule='type')
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_url(data__url, custom_formats, name_prefix)
        if "clicks" in data_keys:
            data_keys.remove("clicks")
            data__clicks = data["clicks"]
            if not isinstance(data__clicks, (int)) and not (isinstance(data__clicks, float) and data__clicks.is_integer()) or isinstance(data__clicks, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".clicks must be integer", value=data__clicks, name="" + (name_prefix or "data") + ".clicks", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__clicks, (int, float, Decimal)) and not isinstance(data__clicks, bool):
                if data__clicks < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".clicks must be bigger than or equal to 0", value=data__clicks, name="" + (name_prefix or "data") + ".clicks", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "department" in data_keys:
            data_keys.remove("department")
            data__department = data["department"]
            if not isinstance(data__department, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".department must be string", value=data__department, name="" + (name_prefix or "data") + ".department", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__department, str):
                data__department_len = len(data__department)
                if data__department_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".department must be longer than or equal to 1 characters", value=data__department, name="" + (name_prefix or "data") + ".department", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "opened" in data_keys:
            data_keys.remove("opened")
            data__opened = data["opened"]
            if not isinstance(data__opened, (bool, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".opened must be boolean or null", value=data__opened, name="" + (name_prefix or "data") + ".opened", definition={'type': ['boolean', 'null']}, rule='type')
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not isinstance(data__status, (int, NoneType)) and not (isinstance(data__status, float) and data__status.is_integer()) or isinstance(data__status, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be integer or null", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'type': ['integer', 'null']}, rule='type')
        if "entries" in data_keys:
            data_keys.remove("entries")
            data__entries = data["entries"]
            if not isinstance(data__entries, (int)) and not (isinstance(data__entries, float) and data__entries.is_integer()) or isinstance(data__entries, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".entries must be integer", value=data__entries, name="" + (name_prefix or "data") + ".entries", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__entries, (int, float, Decimal)) and not isinstance(data__entries, bool):
                if data__entries < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".entries must be bigger than or equal to 0", value=data__entries, name="" + (name_prefix or "data") + ".entries", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "undated" in data_keys:
            data_keys.remove("undated")
            data__undated = data["undated"]
            if not isinstance(data__undated, (int)) and not (isinstance(data__undated, float) and data__undated.is_integer()) or isinstance(data__undated, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".undated must be integer", value=data__undated, name="" + (name_prefix or "data") + ".undated", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__undated, (int, float, Decimal)) and not isinstance(data__undated, bool):
                if data__undated < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".undated must be bigger than or equal to 0", value=data__undated, name="" + (name_prefix or "data") + ".undated", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "newest" in data_keys:
            data_keys.remove("newest")
            data__newest = data["newest"]
            if not isinstance(data__newest, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".newest must be string or null", value=data__newest, name="" + (name_prefix or "data") + ".newest", definition={'type': ['string', 'null']}, rule='type')
        if "subcolumns" in data_keys:
            data_keys.remove("subcolumns")
            data__subcolumns = data["subcolumns"]
            if not isinstance(data__subcolumns, (int)) and not (isinstance(data__subcolumns, float) and data__subcolumns.is_integer()) or isinstance(data__subcolumns, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".subcolumns must be integer", value=data__subcolumns, name="" + (name_prefix or "data") + ".subcolumns", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__subcolumns, (int, float, Decimal)) and not isinstance(data__subcolumns, bool):
                if data__subcolumns < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".subcolumns must be bigger than or equal to 0", value=data__subcolumns, name="" + (name_prefix or "data") + ".subcolumns", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "update_within" in data_keys:
            data_keys.remove("update_within")
            data__updatewithin = data["update_within"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_limit(data__updatewithin, custom_formats, name_prefix)
        if "verdicts" in data_keys:
            data_keys.remove("verdicts")
            data__verdicts = data["verdicts"]
            if not isinstance(data__verdicts, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".verdicts must be array", value=data__verdicts, name="" + (name_prefix or "data") + ".verdicts", definition={'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, rule='type')
            data__verdicts_is_list = isinstance(data__verdicts, (list, tuple))
            if data__verdicts_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__verdicts_len = len(data__verdicts)
                if data__verdicts_len > len(set(fn(data__verdicts_x) for data__verdicts_x in data__verdicts)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".verdicts must contain unique items", value=data__verdicts, name="" + (name_prefix or "data") + ".verdicts", definition={'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, rule='uniqueItems')
                for data__verdicts_x, data__verdicts_item in enumerate(data__verdicts):
                    if not (isinstance(data__verdicts_item, str) and data__verdicts_item == 'stale' or isinstance(data__verdicts_item, str) and data__verdicts_item == 'empty' or isinstance(data__verdicts_item, str) and data__verdicts_item == 'not_opened' or isinstance(data__verdicts_item, str) and data__verdicts_item == 'too_deep'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".verdicts[{data__verdicts_x}]".format(**locals()) + " must be one of ['stale', 'empty', 'not_opened', 'too_deep']", value=data__verdicts_item, name="" + (name_prefix or "data") + ".verdicts[{data__verdicts_x}]".format(**locals()) + "", definition={'enum': ['stale', 'empty', 'not_opened', 'too_deep']}, rule='enum')
        if "detail" in data_keys:
            data_keys.remove("detail")
            data__detail = data["detail"]
            if not isinstance(data__detail, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".detail must be string", value=data__detail, name="" + (name_prefix or "data") + ".detail", definition={'type': 'string'}, rule='type')
        if "failed_pages" in data_keys:
            data_keys.remove("failed_pages")
            data__failedpages = data["failed_pages"]
            if not isinstance(data__failedpages, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".failed_pages must be array", value=data__failedpages, name="" + (name_prefix or "data") + ".failed_pages", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'opened'], 'additionalProperties': False}}, rule='type')
            data__failedpages_is_list = isinstance(data__failedpages, (list, tuple))
            if data__failedpages_is_list:
                data__failedpages_len = len(data__failedpages)
                for data__failedpages_x, data__failedpages_item in enumerate(data__failedpages):
                    validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_page(data__failedpages_item, custom_formats, name_prefix)
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            if not isinstance(data__evidence, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evidence must be array", value=data__evidence, name="" + (name_prefix or "data") + ".evidence", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, rule='type')
            data__evidence_is_list = isinstance(data__evidence, (list, tuple))
            if data__evidence_is_list:
                data__evidence_len = len(data__evidence)
                for data__evidence_x, data__evidence_item in enumerate(data__evidence):
                    validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_evidencekey(data__evidence_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'name': {'type': 'string', 'minLength': 1}, 'path': {'type': 'array', 'items': {'type': 'string'}}, 'url': {'type': 'string', 'minLength': 1}, 'clicks': {'type': 'integer', 'minimum': 0}, 'department': {'type': 'string', 'minLength': 1}, 'opened': {'type': ['boolean', 'null']}, 'status': {'type': ['integer', 'null']}, 'entries': {'type': 'integer', 'minimum': 0}, 'undated': {'type': 'integer', 'minimum': 0}, 'newest': {'type': ['string', 'null']}, 'subcolumns': {'type': 'integer', 'minimum': 0}, 'update_within': {'type': 'object', 'properties': {'days': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'weeks': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'months': {'type': 'integer', 'minimum': 1, 'maximum': 3650}, 'years': {'type': 'integer', 'minimum': 1, 'maximum': 3650}}, 'minProperties': 1, 'maxProperties': 1, 'additionalProperties': False}, 'verdicts': {'type': 'array', 'uniqueItems': True, 'items': {'enum': ['stale', 'empty', 'not_opened', 'too_deep']}}, 'detail': {'type': 'string'}, 'failed_pages': {'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'opened'], 'additionalProperties': False}}, 'evidence': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}}, 'required': ['name', 'url', 'department'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_limit(data, custom_formats={}, name_prefix=None):
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

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_evidencekey(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[0-9a-f]{12}$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[0-9a-f]{12}$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, rule='pattern')
    return data

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_url(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
    return data

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_page(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['url', 'opened'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['url', 'opened']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['url', 'opened'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_url(data__url, custom_formats, name_prefix)
        if "opened" in data_keys:
            data_keys.remove("opened")
            data__opened = data["opened"]
            if not isinstance(data__opened, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".opened must be boolean", value=data__opened, name="" + (name_prefix or "data") + ".opened", definition={'type': 'boolean'}, rule='type')
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not isinstance(data__status, (int, NoneType)) and not (isinstance(data__status, float) and data__status.is_integer()) or isinstance(data__status, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be integer or null", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'type': ['integer', 'null']}, rule='type')
        if "detail" in data_keys:
            data_keys.remove("detail")
            data__detail = data["detail"]
            if not isinstance(data__detail, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".detail must be string", value=data__detail, name="" + (name_prefix or "data") + ".detail", definition={'type': 'string'}, rule='type')
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_evidencekey(data__evidence, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'opened': {'type': 'boolean'}, 'status': {'type': ['integer', 'null']}, 'detail': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['url', 'opened'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_crawl(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'date': {'type': 'string', 'minLength': 1}, 'started': {'type': 'string'}, 'finished': {'type': 'string'}, 'tool': {'type': 'string'}, 'pages': {'type': 'integer', 'minimum': 0}, 'fetched': {'type': 'integer', 'minimum': 0}, 'complete': {'type': 'boolean'}, 'stopped': {'enum': ['max_pages', 'time_limit']}, 'not_followed': {'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'reason'], 'additionalProperties': False}}}, 'required': ['url', 'date'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['url', 'date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'date': {'type': 'string', 'minLength': 1}, 'started': {'type': 'string'}, 'finished': {'type': 'string'}, 'tool': {'type': 'string'}, 'pages': {'type': 'integer', 'minimum': 0}, 'fetched': {'type': 'integer', 'minimum': 0}, 'complete': {'type': 'boolean'}, 'stopped': {'enum': ['max_pages', 'time_limit']}, 'not_followed': {'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'reason'], 'additionalProperties': False}}}, 'required': ['url', 'date'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_url(data__url, custom_formats, name_prefix)
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_date(data__date, custom_formats, name_prefix)
        if "started" in data_keys:
            data_keys.remove("started")
            data__started = data["started"]
            if not isinstance(data__started, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".started must be string", value=data__started, name="" + (name_prefix or "data") + ".started", definition={'type': 'string'}, rule='type')
        if "finished" in data_keys:
            data_keys.remove("finished")
            data__finished = data["finished"]
            if not isinstance(data__finished, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".finished must be string", value=data__finished, name="" + (name_prefix or "data") + ".finished", definition={'type': 'string'}, rule='type')
        if "tool" in data_keys:
            data_keys.remove("tool")
            data__tool = data["tool"]
            if not isinstance(data__tool, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".tool must be string", value=data__tool, name="" + (name_prefix or "data") + ".tool", definition={'type': 'string'}, rule='type')
        if "pages" in data_keys:
            data_keys.remove("pages")
            data__pages = data["pages"]
            if not isinstance(data__pages, (int)) and not (isinstance(data__pages, float) and data__pages.is_integer()) or isinstance(data__pages, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pages must be integer", value=data__pages, name="" + (name_prefix or "data") + ".pages", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__pages, (int, float, Decimal)) and not isinstance(data__pages, bool):
                if data__pages < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".pages must be bigger than or equal to 0", value=data__pages, name="" + (name_prefix or "data") + ".pages", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "fetched" in data_keys:
            data_keys.remove("fetched")
            data__fetched = data["fetched"]
            if not isinstance(data__fetched, (int)) and not (isinstance(data__fetched, float) and data__fetched.is_integer()) or isinstance(data__fetched, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fetched must be integer", value=data__fetched, name="" + (name_prefix or "data") + ".fetched", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__fetched, (int, float, Decimal)) and not isinstance(data__fetched, bool):
                if data__fetched < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".fetched must be bigger than or equal to 0", value=data__fetched, name="" + (name_prefix or "data") + ".fetched", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "complete" in data_keys:
            data_keys.remove("complete")
            data__complete = data["complete"]
            if not isinstance(data__complete, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".complete must be boolean", value=data__complete, name="" + (name_prefix or "data") + ".complete", definition={'type': 'boolean'}, rule='type')
        if "stopped" in data_keys:
            data_keys.remove("stopped")
            data__stopped = data["stopped"]
            if not (isinstance(data__stopped, str) and data__stopped == 'max_pages' or isinstance(data__stopped, str) and data__stopped == 'time_limit'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".stopped must be one of ['max_pages', 'time_limit']", value=data__stopped, name="" + (name_prefix or "data") + ".stopped", definition={'enum': ['max_pages', 'time_limit']}, rule='enum')
        if "not_followed" in data_keys:
            data_keys.remove("not_followed")
            data__notfollowed = data["not_followed"]
            if not isinstance(data__notfollowed, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".not_followed must be array", value=data__notfollowed, name="" + (name_prefix or "data") + ".not_followed", definition={'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'reason'], 'additionalProperties': False}}, rule='type')
            data__notfollowed_is_list = isinstance(data__notfollowed, (list, tuple))
            if data__notfollowed_is_list:
                data__notfollowed_len = len(data__notfollowed)
                for data__notfollowed_x, data__notfollowed_item in enumerate(data__notfollowed):
                    validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_notfollowed(data__notfollowed_item, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'date': {'type': 'string', 'minLength': 1}, 'started': {'type': 'string'}, 'finished': {'type': 'string'}, 'tool': {'type': 'string'}, 'pages': {'type': 'integer', 'minimum': 0}, 'fetched': {'type': 'integer', 'minimum': 0}, 'complete': {'type': 'boolean'}, 'stopped': {'enum': ['max_pages', 'time_limit']}, 'not_followed': {'type': 'array', 'items': {'type': 'object', 'properties': {'url': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/url'}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'$ref': 'https://disclosure-audit.invalid/schemas/declarations.schema.json#/$defs/evidenceKey'}}, 'required': ['url', 'reason'], 'additionalProperties': False}}}, 'required': ['url', 'date'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_notfollowed(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['url', 'reason'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['url', 'reason']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['url', 'reason'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_url(data__url, custom_formats, name_prefix)
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            if not (isinstance(data__reason, str) and data__reason == 'other_host' or isinstance(data__reason, str) and data__reason == 'robots'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be one of ['other_host', 'robots']", value=data__reason, name="" + (name_prefix or "data") + ".reason", definition={'enum': ['other_host', 'robots']}, rule='enum')
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            if not isinstance(data__target, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".target must be string", value=data__target, name="" + (name_prefix or "data") + ".target", definition={'type': 'string'}, rule='type')
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_evidencekey(data__evidence, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'url': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['other_host', 'robots']}, 'target': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}}, 'required': ['url', 'reason'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_withheld(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'reason': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string'}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'expected': {'type': 'string', 'minLength': 1}}, 'required': ['item', 'reason'], 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['item', 'reason']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'reason': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string'}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'expected': {'type': 'string', 'minLength': 1}}, 'required': ['item', 'reason'], 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "item" in data_keys:
            data_keys.remove("item")
            data__item = data["item"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_itemid(data__item, custom_formats, name_prefix)
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            if not isinstance(data__reason, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be string", value=data__reason, name="" + (name_prefix or "data") + ".reason", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__reason, str):
                data__reason_len = len(data__reason)
                if data__reason_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be longer than or equal to 1 characters", value=data__reason, name="" + (name_prefix or "data") + ".reason", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "elements" in data_keys:
            data_keys.remove("elements")
            data__elements = data["elements"]
            if not isinstance(data__elements, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements must be array", value=data__elements, name="" + (name_prefix or "data") + ".elements", definition={'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__elements_is_list = isinstance(data__elements, (list, tuple))
            if data__elements_is_list:
                data__elements_len = len(data__elements)
                if data__elements_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements must contain at least 1 items", value=data__elements, name="" + (name_prefix or "data") + ".elements", definition={'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='minItems')
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__elements_len > len(set(fn(data__elements_x) for data__elements_x in data__elements)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements must contain unique items", value=data__elements, name="" + (name_prefix or "data") + ".elements", definition={'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='uniqueItems')
                for data__elements_x, data__elements_item in enumerate(data__elements):
                    if not isinstance(data__elements_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements[{data__elements_x}]".format(**locals()) + " must be string", value=data__elements_item, name="" + (name_prefix or "data") + ".elements[{data__elements_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__elements_item, str):
                        data__elements_item_len = len(data__elements_item)
                        if data__elements_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements[{data__elements_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__elements_item, name="" + (name_prefix or "data") + ".elements[{data__elements_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': 'string'}, rule='type')
        if "ground" in data_keys:
            data_keys.remove("ground")
            data__ground = data["ground"]
            if not isinstance(data__ground, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ground must be string", value=data__ground, name="" + (name_prefix or "data") + ".ground", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__ground, str):
                data__ground_len = len(data__ground)
                if data__ground_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ground must be longer than or equal to 1 characters", value=data__ground, name="" + (name_prefix or "data") + ".ground", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "basis" in data_keys:
            data_keys.remove("basis")
            data__basis = data["basis"]
            if not isinstance(data__basis, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".basis must be string", value=data__basis, name="" + (name_prefix or "data") + ".basis", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__basis, str):
                data__basis_len = len(data__basis)
                if data__basis_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".basis must be longer than or equal to 1 characters", value=data__basis, name="" + (name_prefix or "data") + ".basis", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "expected" in data_keys:
            data_keys.remove("expected")
            data__expected = data["expected"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_date(data__expected, custom_formats, name_prefix)
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'reason': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string'}, 'ground': {'type': 'string', 'minLength': 1}, 'basis': {'type': 'string', 'minLength': 1}, 'expected': {'type': 'string', 'minLength': 1}}, 'required': ['item', 'reason'], 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_itemid(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, int)) and not (isinstance(data, float) and data.is_integer()) or isinstance(data, bool):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string or integer", value=data, name="" + (name_prefix or "data") + "", definition={'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9._-]*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[A-Za-z0-9][A-Za-z0-9._-]*$", value=data, name="" + (name_prefix or "data") + "", definition={'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, rule='pattern')
    return data

def validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_publication(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}, 'made': {'type': 'string', 'minLength': 1}, 'published': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'format': {'enum': ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']}, 'clicks': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'period': {'type': 'string', 'minLength': 1}, 'linked_from_column': {'type': 'boolean'}, 'note': {'type': 'string'}, 'department': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['declared', 'crawl']}, 'column': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, 'kind': {'type': 'string', 'minLength': 1}}, 'required': ['title', 'channel'], 'additionalProperties': False, '$comment': 'A crawled row may be undated (the list showed no date); a declaration must say when.', 'anyOf': [{'required': ['published']}, {'properties': {'source': {'const': 'crawl'}}, 'required': ['source']}]}, rule='type')
    data_any_of_count1 = 0
    if not data_any_of_count1:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['published']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['published']}, rule='required')
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['source']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'source': {'const': 'crawl'}}, 'required': ['source']}, rule='required')
                data_keys = set(data.keys())
                if "source" in data_keys:
                    data_keys.remove("source")
                    data__source = data["source"]
                    if not (isinstance(data__source, str) and data__source == 'crawl'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".source must be same as const definition: crawl", value=data__source, name="" + (name_prefix or "data") + ".source", definition={'const': 'crawl'}, rule='const')
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}, 'made': {'type': 'string', 'minLength': 1}, 'published': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'format': {'enum': ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']}, 'clicks': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'period': {'type': 'string', 'minLength': 1}, 'linked_from_column': {'type': 'boolean'}, 'note': {'type': 'string'}, 'department': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['declared', 'crawl']}, 'column': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, 'kind': {'type': 'string', 'minLength': 1}}, 'required': ['title', 'channel'], 'additionalProperties': False, '$comment': 'A crawled row may be undated (the list showed no date); a declaration must say when.', 'anyOf': [{'required': ['published']}, {'properties': {'source': {'const': 'crawl'}}, 'required': ['source']}]}, rule='anyOf')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['title', 'channel']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}, 'made': {'type': 'string', 'minLength': 1}, 'published': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'format': {'enum': ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']}, 'clicks': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'period': {'type': 'string', 'minLength': 1}, 'linked_from_column': {'type': 'boolean'}, 'note': {'type': 'string'}, 'department': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['declared', 'crawl']}, 'column': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, 'kind': {'type': 'string', 'minLength': 1}}, 'required': ['title', 'channel'], 'additionalProperties': False, '$comment': 'A crawled row may be undated (the list showed no date); a declaration must say when.', 'anyOf': [{'required': ['published']}, {'properties': {'source': {'const': 'crawl'}}, 'required': ['source']}]}, rule='required')
        data_keys = set(data.keys())
        if "item" in data_keys:
            data_keys.remove("item")
            data__item = data["item"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_itemid(data__item, custom_formats, name_prefix)
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "channel" in data_keys:
            data_keys.remove("channel")
            data__channel = data["channel"]
            if not isinstance(data__channel, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".channel must be string", value=data__channel, name="" + (name_prefix or "data") + ".channel", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__channel, str):
                data__channel_len = len(data__channel)
                if data__channel_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".channel must be longer than or equal to 1 characters", value=data__channel, name="" + (name_prefix or "data") + ".channel", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".url must be string", value=data__url, name="" + (name_prefix or "data") + ".url", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__url, str):
                data__url_len = len(data__url)
                if data__url_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".url must be longer than or equal to 1 characters", value=data__url, name="" + (name_prefix or "data") + ".url", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "made" in data_keys:
            data_keys.remove("made")
            data__made = data["made"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_date(data__made, custom_formats, name_prefix)
        if "published" in data_keys:
            data_keys.remove("published")
            data__published = data["published"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_date(data__published, custom_formats, name_prefix)
        if "elements" in data_keys:
            data_keys.remove("elements")
            data__elements = data["elements"]
            if not isinstance(data__elements, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements must be array", value=data__elements, name="" + (name_prefix or "data") + ".elements", definition={'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__elements_is_list = isinstance(data__elements, (list, tuple))
            if data__elements_is_list:
                data__elements_len = len(data__elements)
                if data__elements_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements must contain at least 1 items", value=data__elements, name="" + (name_prefix or "data") + ".elements", definition={'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='minItems')
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__elements_len > len(set(fn(data__elements_x) for data__elements_x in data__elements)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements must contain unique items", value=data__elements, name="" + (name_prefix or "data") + ".elements", definition={'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, rule='uniqueItems')
                for data__elements_x, data__elements_item in enumerate(data__elements):
                    if not isinstance(data__elements_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements[{data__elements_x}]".format(**locals()) + " must be string", value=data__elements_item, name="" + (name_prefix or "data") + ".elements[{data__elements_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__elements_item, str):
                        data__elements_item_len = len(data__elements_item)
                        if data__elements_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".elements[{data__elements_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__elements_item, name="" + (name_prefix or "data") + ".elements[{data__elements_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "format" in data_keys:
            data_keys.remove("format")
            data__format = data["format"]
            if not (isinstance(data__format, str) and data__format == 'html' or isinstance(data__format, str) and data__format == 'pdf' or isinstance(data__format, str) and data__format == 'doc' or isinstance(data__format, str) and data__format == 'xls' or isinstance(data__format, str) and data__format == 'image' or isinstance(data__format, str) and data__format == 'scanned_pdf'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".format must be one of ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']", value=data__format, name="" + (name_prefix or "data") + ".format", definition={'enum': ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']}, rule='enum')
        if "clicks" in data_keys:
            data_keys.remove("clicks")
            data__clicks = data["clicks"]
            if not isinstance(data__clicks, (int)) and not (isinstance(data__clicks, float) and data__clicks.is_integer()) or isinstance(data__clicks, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".clicks must be integer", value=data__clicks, name="" + (name_prefix or "data") + ".clicks", definition={'type': 'integer', 'minimum': 0, 'maximum': 100}, rule='type')
            if isinstance(data__clicks, (int, float, Decimal)) and not isinstance(data__clicks, bool):
                if data__clicks < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".clicks must be bigger than or equal to 0", value=data__clicks, name="" + (name_prefix or "data") + ".clicks", definition={'type': 'integer', 'minimum': 0, 'maximum': 100}, rule='minimum')
                if data__clicks > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".clicks must be smaller than or equal to 100", value=data__clicks, name="" + (name_prefix or "data") + ".clicks", definition={'type': 'integer', 'minimum': 0, 'maximum': 100}, rule='maximum')
        if "period" in data_keys:
            data_keys.remove("period")
            data__period = data["period"]
            if not isinstance(data__period, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".period must be string", value=data__period, name="" + (name_prefix or "data") + ".period", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__period, str):
                data__period_len = len(data__period)
                if data__period_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".period must be longer than or equal to 1 characters", value=data__period, name="" + (name_prefix or "data") + ".period", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "linked_from_column" in data_keys:
            data_keys.remove("linked_from_column")
            data__linkedfromcolumn = data["linked_from_column"]
            if not isinstance(data__linkedfromcolumn, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".linked_from_column must be boolean", value=data__linkedfromcolumn, name="" + (name_prefix or "data") + ".linked_from_column", definition={'type': 'boolean'}, rule='type')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': 'string'}, rule='type')
        if "department" in data_keys:
            data_keys.remove("department")
            data__department = data["department"]
            if not isinstance(data__department, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".department must be string", value=data__department, name="" + (name_prefix or "data") + ".department", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__department, str):
                data__department_len = len(data__department)
                if data__department_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".department must be longer than or equal to 1 characters", value=data__department, name="" + (name_prefix or "data") + ".department", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "source" in data_keys:
            data_keys.remove("source")
            data__source = data["source"]
            if not (isinstance(data__source, str) and data__source == 'declared' or isinstance(data__source, str) and data__source == 'crawl'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".source must be one of ['declared', 'crawl']", value=data__source, name="" + (name_prefix or "data") + ".source", definition={'enum': ['declared', 'crawl']}, rule='enum')
        if "column" in data_keys:
            data_keys.remove("column")
            data__column = data["column"]
            if not isinstance(data__column, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".column must be string", value=data__column, name="" + (name_prefix or "data") + ".column", definition={'type': 'string'}, rule='type')
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            validate_https___disclosure_audit_invalid_schemas_declarations_schema_json___defs_evidencekey(data__evidence, custom_formats, name_prefix)
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not isinstance(data__kind, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be string", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__kind, str):
                data__kind_len = len(data__kind)
                if data__kind_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be longer than or equal to 1 characters", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'item': {'type': ['string', 'integer'], 'pattern': '^[A-Za-z0-9][A-Za-z0-9._-]*$'}, 'title': {'type': 'string', 'minLength': 1}, 'channel': {'type': 'string', 'minLength': 1}, 'url': {'type': 'string', 'minLength': 1}, 'made': {'type': 'string', 'minLength': 1}, 'published': {'type': 'string', 'minLength': 1}, 'elements': {'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'minLength': 1}}, 'format': {'enum': ['html', 'pdf', 'doc', 'xls', 'image', 'scanned_pdf']}, 'clicks': {'type': 'integer', 'minimum': 0, 'maximum': 100}, 'period': {'type': 'string', 'minLength': 1}, 'linked_from_column': {'type': 'boolean'}, 'note': {'type': 'string'}, 'department': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['declared', 'crawl']}, 'column': {'type': 'string'}, 'evidence': {'type': 'string', 'pattern': '^[0-9a-f]{12}$'}, 'kind': {'type': 'string', 'minLength': 1}}, 'required': ['title', 'channel'], 'additionalProperties': False, '$comment': 'A crawled row may be undated (the list showed no date); a declaration must say when.', 'anyOf': [{'required': ['published']}, {'properties': {'source': {'const': 'crawl'}}, 'required': ['source']}]}, rule='additionalProperties')
    return data

validate = validate_https___disclosure_audit_invalid_schemas_declarations_schema_json
