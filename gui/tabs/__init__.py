"""gui.tabs"""
