"""gui.document"""
