"""The Reports screen (F6): exports for everyone, spreadsheet imports for managers."""
