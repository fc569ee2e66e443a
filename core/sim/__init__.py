"""core.sim"""
