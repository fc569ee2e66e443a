"""core.files"""
