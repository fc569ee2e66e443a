"""gui.text"""
