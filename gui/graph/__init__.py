"""gui.graph"""
