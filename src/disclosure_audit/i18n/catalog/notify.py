"""Reminders (``ledger remind``): the ``notify:`` settings' problems, the message text sent to
departments (``remind.*``), why a send failed (``send.*``), the channel names (``notify.*``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ── checklist.yaml notify: ────────────────────────────────────────────────
    "problem.notify-secret-in-repo": {
        "zh": "“{field}” 的值像是密钥或带密钥的地址：密钥不能写在仓库里（值已隐去）",
        "en": "the value of '{field}' looks like a secret or an address with a key: secrets must not be in the repo (value not shown)",
    },
    "hint.notify-secret-in-repo": {
        "zh": "删除该值并到企业微信/钉钉/邮箱更换已泄露的密钥；改写为 {use}: 环境变量名（如 DA_WEBHOOK_CWC），在发送的机器或 CI 的密钥设置中给该变量赋值。",
        "en": "Remove the value and replace the leaked key in WeCom/DingTalk/the mailbox; write {use}: VARIABLE_NAME (e.g. DA_WEBHOOK_CWC) and set that variable where reminders are sent (CI secrets).",
    },
    "problem.notify-bad-env-name": {
        "zh": "“{field}” 应为环境变量名（字母、数字、下划线，不以数字开头），而不是 {value}",
        "en": "'{field}' must be an environment variable name (letters, digits, underscores, not starting with a digit), not {value}",
    },
    "hint.notify-bad-env-name": {
        "zh": "例如 url_env: DA_WEBHOOK_CWC；变量的值（地址或密钥）在运行环境中设置，不写进仓库。",
        "en": "For example url_env: DA_WEBHOOK_CWC; the variable's value (address or secret) is set in the environment, not in the repo.",
    },
    "problem.notify-unknown-webhook": {
        "zh": "没有名为 “{name}” 的机器人（notify.webhooks 中有：{known}）",
        "en": "no robot named '{name}' (notify.webhooks has: {known})",
    },
    "problem.notify-no-recipient": {
        "zh": "部门 “{department}” 既没有机器人也没有邮箱，提醒无处可发",
        "en": "department '{department}' has neither a robot nor an e-mail address: reminders have nowhere to go",
    },
    "problem.notify-smtp-missing": {
        "zh": "填写了邮箱，但 notify 下没有 smtp 邮件服务器设置",
        "en": "e-mail addresses are given, but notify has no smtp server settings",
    },
    "hint.notify-smtp-missing": {
        "zh": "在 notify 下加入 smtp:，写明 host（邮件服务器）、port（587）、sender（发件地址）和 password_env（密码所在的环境变量名）。",
        "en": "Add smtp: under notify with host (the server), port (587), sender (the from address) and password_env (the variable holding the password).",
    },
    "problem.notify-wecom-secret": {
        "zh": "企业微信群机器人没有加签密钥（secret_env 只用于钉钉机器人），请删除",
        "en": "WeCom group robots have no signing secret (secret_env is for DingTalk robots only); remove it",
    },
    "problem.notify-env-unset": {
        "zh": "环境变量 {name} 未设置（{what}）",
        "en": "environment variable {name} is not set ({what})",
    },
    "hint.notify-env-unset": {
        "zh": "发送前设置它，例如 export {name}=…（CI 中放在密钥/受保护变量里）；不加 --send 可先试运行，不需要任何密钥。",
        "en": "Set it before sending, e.g. export {name}=… (in CI: a secret/protected variable); without --send the dry run needs no secret.",
    },
    "problem.notify-env-bad-url": {
        "zh": "环境变量 {name} 的值不是 http(s) 地址（{what}；值已隐去）",
        "en": "environment variable {name} does not hold an http(s) address ({what}; value not shown)",
    },
    "hint.notify-env-bad-url": {
        "zh": "把机器人设置页中的完整 Webhook 地址（含 key 或 access_token）赋给 {name}。",
        "en": "Set {name} to the robot's full webhook address (with its key or access_token), as shown in the robot's settings.",
    },
    "problem.notify-env-insecure-url": {
        "zh": "环境变量 {name} 中的地址使用明文 http（{what}）：地址中的密钥会被截获",
        "en": "environment variable {name} holds a plain-http address ({what}): the key in it could be intercepted",
    },
    "hint.notify-env-insecure-url": {
        "zh": "使用 https:// 地址（明文 http 只允许用于本机 127.0.0.1 上的测试）。",
        "en": "Use the https:// address (plain http is only allowed for tests on this machine, 127.0.0.1).",
    },
    "problem.notify-not-configured": {
        "zh": "checklist.yaml 中没有 notify: 设置，无法发送提醒",
        "en": "checklist.yaml has no notify: settings; there is nowhere to send reminders",
    },
    "hint.notify-not-configured": {
        "zh": "按 README “催办提醒”一节在 checklist.yaml 中加入 notify:（各部门的机器人或邮箱）。",
        "en": "Add notify: to checklist.yaml (each department's robot or e-mail), as the README's reminders section shows.",
    },
    "notify.kind.wecom": {"zh": "企业微信群机器人", "en": "WeCom group robot"},
    "notify.kind.dingtalk": {"zh": "钉钉机器人", "en": "DingTalk robot"},
    "notify.kind.email": {"zh": "邮件", "en": "e-mail"},
    "notify.what.url": {"zh": "{what} 的 Webhook 地址", "en": "the webhook address of {what}"},
    "notify.what.secret": {"zh": "{what} 的加签密钥", "en": "the signing secret of {what}"},
    "notify.what.password": {"zh": "邮件服务器 {host} 的登录密码", "en": "the login password for mail server {host}"},
    # ── the reminder itself (what departments receive) ───────────────────────────
    "remind.subject": {
        "zh": "【信息公开整改提醒】{department}：已逾期 {overdue} 项，{days} 天内到期 {soon} 项",
        "en": "[Disclosure rectification reminder] {department}: {overdue} overdue, {soon} due within {days} days",
    },
    "remind.title": {"zh": "【信息公开整改提醒】{department}", "en": "[Disclosure rectification reminder] {department}"},
    "remind.intro": {
        "zh": "截至 {as_of}，{institution}整改台账中贵部门有 {overdue} 项已逾期、{soon} 项将在 {days} 天内到期：",
        "en": "As of {as_of}, the {institution} rectification ledger lists {overdue} overdue entries and {soon} due within {days} days for your department:",
    },
    "remind.line": {
        "zh": "{n}. 事项{item}「{title}」{dimension}：{problem}（期限 {deadline}，{when}）",
        "en": "{n}. Item {item} “{title}”, {dimension}: {problem} (deadline {deadline}, {when})",
    },
    "remind.overdue_days": {"zh": "已逾期 {days} 天", "en": "{days} day(s) overdue"},
    "remind.due_today": {"zh": "今天到期", "en": "due today"},
    "remind.days_left": {"zh": "还剩 {days} 天", "en": "{days} day(s) left"},
    "remind.more": {"zh": "……另有 {count} 项未列出，详见整改台账。", "en": "… and {count} more, listed in the ledger."},
    "remind.footer": {
        "zh": "请在期限内完成整改，并在整改台账中更新整改状态。",
        "en": "Please fix these by their deadlines and update their status in the ledger.",
    },
    # ── why a send failed ─────────────────────────────────────────────────────────
    "send.timeout": {"zh": "超时（{seconds} 秒内没有完成）", "en": "timed out (not done within {seconds} s)"},
    "send.deadline": {"zh": "已到时限，未再尝试", "en": "time limit reached, not tried again"},
    "send.connect": {"zh": "无法连接：{detail}", "en": "cannot connect: {detail}"},
    "send.http-status": {"zh": "服务器返回 HTTP {status}", "en": "the server answered HTTP {status}"},
    "send.bad-answer": {"zh": "机器人的应答不是预期的 JSON（errcode）", "en": "the robot's answer is not the expected JSON (errcode)"},
    "send.errcode": {"zh": "机器人返回错误 {code}：{detail}", "en": "the robot answered error {code}: {detail}"},
    "send.no-starttls": {
        "zh": "邮件服务器不支持或拒绝 STARTTLS 加密，拒绝以明文发送", "en": "the mail server does not offer or refused STARTTLS; refusing to send in clear",
    },
    "send.tls": {"zh": "TLS 加密失败：{detail}", "en": "TLS failed: {detail}"},
    "send.smtp-login": {"zh": "邮件服务器拒绝登录（{code}）：{detail}", "en": "the mail server refused the login ({code}): {detail}"},
    "send.smtp-refused": {"zh": "收件人被拒收：{addresses}", "en": "recipients refused: {addresses}"},
    "send.smtp-answer": {"zh": "邮件服务器返回 {code}：{detail}", "en": "the mail server answered {code}: {detail}"},
    # ── what the command prints ───────────────────────────────────────────────────
    "remind.nothing": {
        "zh": "截至 {as_of}，没有已逾期或 {days} 天内到期的整改条目，无需提醒。",
        "en": "As of {as_of} no entry is overdue or due within {days} days: nothing to remind.",
    },
    "remind.dry_run": {
        "zh": "试运行（未发送；加 --send 才发送）：截至 {as_of}，已逾期或 {days} 天内到期，{departments} 个部门、{messages} 条消息。",
        "en": "Dry run (nothing sent; add --send to send): as of {as_of}, overdue or due within {days} days: departments {departments}, messages {messages}.",
    },
    "remind.heading": {"zh": "{where}（{count} 项）", "en": "{where} ({count} entries)"},
    "remind.where": {"zh": "{department} → {channel} {recipient}", "en": "{department} → {channel} {recipient}"},
    "remind.subject_line": {"zh": "主题：{subject}", "en": "Subject: {subject}"},
    "remind.count": {"zh": "{department}（{count} 项）", "en": "{department} ({count})"},
    "remind.unconfigured": {
        "zh": "警告：以下部门有到期条目但未配置提醒渠道（notify.departments），不会收到提醒：{departments}",
        "en": "warning: these departments have entries due but no channel in notify.departments, and get no reminder: {departments}",
    },
    "remind.missing_env": {
        "zh": "注意：--send 发送时需要这些环境变量，当前未设置：{names}",
        "en": "note: --send will need these environment variables, not set now: {names}",
    },
    "remind.sent": {"zh": "已发送  {where}（{count} 项）", "en": "sent    {where} ({count} entries)"},
    "remind.failed": {
        "zh": "发送失败  {where}：{error}（尝试 {attempts} 次）", "en": "FAILED  {where}: {error} ({attempts} attempts)",
    },
    "remind.summary": {"zh": "已发送 {sent} 条，失败 {failed} 条", "en": "{sent} sent, {failed} failed"},
    "remind.recorded": {"zh": "；已记入 ledger.yaml 的 reminders。", "en": "; recorded under reminders in ledger.yaml."},
    # ── help ──────────────────────────────────────────────────────────────────────
    "help.ledger_remind": {
        "zh": "提醒各部门已逾期和即将到期的整改条目（企业微信、钉钉机器人或邮件）；默认试运行，加 --send 才发送。",
        "en": "Remind each department of its overdue and soon-due entries (WeCom, DingTalk robots or e-mail); a dry run unless --send.",
    },
    "help.remind_due_within": {
        "zh": "提醒 N 天内到期的条目（已逾期的总会提醒）。", "en": "Remind of entries due within N days (overdue ones always).",
    },
    "help.remind_send": {
        "zh": "真正发送（默认 --dry-run：只显示将发送的内容）。", "en": "Really send (default --dry-run: only show what would be sent).",
    },
    "help.remind_department": {"zh": "只提醒该部门。", "en": "Only remind this department."},
    "help.remind_format": {"zh": "输出格式：text 或 json。", "en": "Output format: text or json."},
}
