"""core.course"""
