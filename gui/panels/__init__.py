"""gui.panels"""
