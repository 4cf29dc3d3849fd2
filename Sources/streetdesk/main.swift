print("StreetDesk")
