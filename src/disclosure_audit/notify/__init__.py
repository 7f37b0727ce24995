"""Reminders to departments: who gets what (plan), the text (compose), and sending it through
企业微信 or 钉钉 group robots or e-mail (one module per channel, registered in ``send``)."""
