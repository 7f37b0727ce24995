# Generated from annual.schema.json by `python -m disclosure_audit.inputs.gates`: do not edit.
# ruff: noqa
SOURCE = 'ff60ffca6c6b50354317108d990c0068ee992066eb4f62930ed8f2e6bea1b37c'
VERSION = "2.22.3"
from decimal import Decimal
import re
from disclosure_audit.inputs.gates._raised import GateFailed as JsonSchemaValueException, GateFailedMany as JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9]{4}-[0-9]{4}$': re.compile('^[0-9]{4}-[0-9]{4}\\Z')
}

NoneType = type(None)

def validate_https___disclosure_audit_invalid_schemas_annual_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://disclosure-audit.invalid/schemas/annual.schema.json', 'title': 'report.yaml: what the disclosure office writes for its annual reports', 'description': 'One section per academic year ("2021-2022"). Every field is optional: a missing one is a visible 【待填写】 placeholder in the draft.', 'type': 'object', 'propertyNames': {'pattern': '^[0-9]{4}-[0-9]{4}$'}, 'additionalProperties': {'type': 'object', 'properties': {'overview': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': "一、概述: mechanisms, organisation, training (the figures are the tool's)"}, 'appraisal': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': '四、对信息公开的评议情况'}, 'complaints': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': '五、因学校信息公开工作受到举报、复议、诉讼的情况'}, 'experience': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': '六（一）主要经验'}, 'problems': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': "六（二）主要问题, after the ledger's open entries"}, 'improvements': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': '六（三）改进措施'}, 'other': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': '七、其他需要报告的事项 (write 无 when there is nothing)'}, 'date': {'type': 'string', 'minLength': 1, 'description': "the report's date (落款日期)"}}, 'additionalProperties': False}, '$defs': {'text': {'type': 'string'}, 'year': {'type': 'object', 'properties': {'overview': {'type': 'string'}, 'appraisal': {'type': 'string'}, 'complaints': {'type': 'string'}, 'experience': {'type': 'string'}, 'problems': {'type': 'string'}, 'improvements': {'type': 'string'}, 'other': {'type': 'string'}, 'date': {'type': 'string', 'minLength': 1, 'description': "the report's date (落款日期)"}}, 'additionalProperties': False}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                validate_https___disclosure_audit_invalid_schemas_annual_schema_json___defs_year(data_value, custom_formats, name_prefix)
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS['^[0-9]{4}-[0-9]{4}$'].search(data_key):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[0-9]{4}-[0-9]{4}$", value=data_key, name="" + (name_prefix or "data") + "", definition={'pattern': '^[0-9]{4}-[0-9]{4}$'}, rule='pattern')
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be named by propertyName definition", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'https://disclosure-audit.invalid/schemas/annual.schema.json', 'title': 'report.yaml: what the disclosure office writes for its annual reports', 'description': 'One section per academic year ("2021-2022"). Every field is optional: a missing one is a visible 【待填写】 placeholder in the draft.', 'type': 'object', 'propertyNames': {'pattern': '^[0-9]{4}-[0-9]{4}$'}, 'additionalProperties': {'type': 'object', 'properties': {'overview': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': "一、概述: mechanisms, organisation, training (the figures are the tool's)"}, 'appraisal': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': '四、对信息公开的评议情况'}, 'complaints': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': '五、因学校信息公开工作受到举报、复议、诉讼的情况'}, 'experience': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': '六（一）主要经验'}, 'problems': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': "六（二）主要问题, after the ledger's open entries"}, 'improvements': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': '六（三）改进措施'}, 'other': {'$ref': 'https://disclosure-audit.invalid/schemas/annual.schema.json#/$defs/text', 'description': '七、其他需要报告的事项 (write 无 when there is nothing)'}, 'date': {'type': 'string', 'minLength': 1, 'description': "the report's date (落款日期)"}}, 'additionalProperties': False}, '$defs': {'text': {'type': 'string'}, 'year': {'type': 'object', 'properties': {'overview': {'type': 'string'}, 'appraisal': {'type': 'string'}, 'complaints': {'type': 'string'}, 'experience': {'type': 'string'}, 'problems': {'type': 'string'}, 'improvements': {'type': 'string'}, 'other': {'type': 'string'}, 'date': {'type': 'string', 'minLength': 1, 'description': "the report's date (落款日期)"}}, 'additionalProperties': False}}}, rule='propertyNames')
    return data

def validate_https___disclosure_audit_invalid_schemas_annual_schema_json___defs_year(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'overview': {'type': 'string'}, 'appraisal': {'type': 'string'}, 'complaints': {'type': 'string'}, 'experience': {'type': 'string'}, 'problems': {'type': 'string'}, 'improvements': {'type': 'string'}, 'other': {'type': 'string'}, 'date': {'type': 'string', 'minLength': 1, 'description': "the report's date (落款日期)"}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "overview" in data_keys:
            data_keys.remove("overview")
            data__overview = data["overview"]
            validate_https___disclosure_audit_invalid_schemas_annual_schema_json___defs_text(data__overview, custom_formats, name_prefix)
        if "appraisal" in data_keys:
            data_keys.remove("appraisal")
            data__appraisal = data["appraisal"]
            validate_https___disclosure_audit_invalid_schemas_annual_schema_json___defs_text(data__appraisal, custom_formats, name_prefix)
        if "complaints" in data_keys:
            data_keys.remove("complaints")
            data__complaints = data["complaints"]
            validate_https___disclosure_audit_invalid_schemas_annual_schema_json___defs_text(data__complaints, custom_formats, name_prefix)
        if "experience" in data_keys:
            data_keys.remove("experience")
            data__experience = data["experience"]
            validate_https___disclosure_audit_invalid_schemas_annual_schema_json___defs_text(data__experience, custom_formats, name_prefix)
        if "problems" in data_keys:
            data_keys.remove("problems")
            data__problems = data["problems"]
            validate_https___disclosure_audit_invalid_schemas_annual_schema_json___defs_text(data__problems, custom_formats, name_prefix)
        if "improvements" in data_keys:
            data_keys.remove("improvements")
            data__improvements = data["improvements"]
            validate_https___disclosure_audit_invalid_schemas_annual_schema_json___defs_text(data__improvements, custom_formats, name_prefix)
        if "other" in data_keys:
            data_keys.remove("other")
            data__other = data["other"]
            validate_https___disclosure_audit_invalid_schemas_annual_schema_json___defs_text(data__other, custom_formats, name_prefix)
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be string", value=data__date, name="" + (name_prefix or "data") + ".date", definition={'type': 'string', 'minLength': 1, 'description': "the report's date (落款日期)"}, rule='type')
            if isinstance(data__date, str):
                data__date_len = len(data__date)
                if data__date_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".date must be longer than or equal to 1 characters", value=data__date, name="" + (name_prefix or "data") + ".date", definition={'type': 'string', 'minLength': 1, 'description': "the report's date (落款日期)"}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'overview': {'type': 'string'}, 'appraisal': {'type': 'string'}, 'complaints': {'type': 'string'}, 'experience': {'type': 'string'}, 'problems': {'type': 'string'}, 'improvements': {'type': 'string'}, 'other': {'type': 'string'}, 'date': {'type': 'string', 'minLength': 1, 'description': "the report's date (落款日期)"}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate_https___disclosure_audit_invalid_schemas_annual_schema_json___defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string'}, rule='type')
    return data

validate = validate_https___disclosure_audit_invalid_schemas_annual_schema_json
