"""Probing declared links: does the public really get what a declaration says is published?"""
