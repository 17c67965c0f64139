"""Dock panels, map tools and dialogs. No business logic lives in a widget."""
