"""gui.shell"""
